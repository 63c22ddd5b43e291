/**
 * Streams derived from the routed items: `follow$` / `share$` (one classifier, `socialKind`),
 * and the stateful ones, `giftFinal$`, `giftStreak$` and `totals$`. The stateful operators (and
 * `totals$`' per-stream restarts, `totalsOfSession`) are loaded on first subscription (`import()`),
 * so an app that never subscribes them does not load them (bundlers put them in lazy chunks) and
 * no connection pays for them; their input is buffered meanwhile.
 */
import { Observable } from 'rxjs';
import type { WebcastGiftMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import type { FinalGift } from '../operators/finalizeGiftStreaks.js';
import type { GiftStreakUpdate } from '../operators/giftStreakProgress.js';
import type { LiveEventLike, SessionTotals } from '../operators/sessionTotals.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import { socialKind } from '../selectors/socialKind.js';
import type { FrameRouter } from './frameRouter.js';
import type { RoomState } from './roomState.js';
import type { SharedSession } from './sharedSession.js';
import { lazyModule, throughLazyOperator } from './loadOnFirstUse.js';
import { sharedStream } from './sharedStream.js';

/** The derived streams of one connection. */
export interface DerivedStreams {
  readonly follow$: Observable<WebcastSocialMessage>;
  readonly share$: Observable<WebcastSocialMessage>;
  readonly giftFinal$: Observable<FinalGift>;
  readonly giftStreak$: Observable<GiftStreakUpdate>;
  readonly totals$: Observable<SessionTotals>;
}

/** The item types `totals$` reads besides room info (everything else is never normalised for it). */
const TOTALS_TYPES = ['WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage'] as const;

// The scheduler-free cores (system clock): the public operators' files import rxjs' asyncScheduler.
const finalizeModule = lazyModule(() => import('../operators/finalizeGiftStreaksCore.js'));
const progressModule = lazyModule(() => import('../operators/giftStreakProgressCore.js'));
const totalsModule = lazyModule(() => import('./totalsOfSession.js'));

/** The marker `totals$`' input carries when a new stream begins (compared by identity). */
const STREAM_START: LiveEventLike = Object.freeze({ type: 'streamStart', data: undefined });

/** Builds the derived streams over the connection's parts. */
export function createDerivedStreams(parts: {
  readonly options: ResolvedLiveClientOptions;
  readonly router: FrameRouter;
  readonly room: RoomState;
  readonly session: SharedSession;
  readonly gift$: Observable<WebcastGiftMessage>;
}): DerivedStreams {
  const { options, router, room, session, gift$ } = parts;
  const graceMs = options.disconnectGraceMs;

  const social$ = session.attach(router.sinkFor('WebcastSocialMessage').observable$ as Observable<WebcastSocialMessage>);
  const socialOfKind = (kind: string): Observable<WebcastSocialMessage> =>
    new Observable((subscriber) =>
      social$.subscribe({
        next: (message) => {
          if (socialKind(message) === kind) subscriber.next(message);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      }),
    );

  // One tracker for every subscriber. gift$ completes with the session, which flushes open
  // streaks as 'complete'; across reconnects it does not, so a cut streak ends by its timeout.
  const giftFinal$ = sharedStream(throughLazyOperator(finalizeModule, (m) => m.finalizeGiftStreaksCore(options.giftStreaks))(gift$), { graceMs });
  const giftStreak$ = sharedStream(throughLazyOperator(progressModule, (m) => m.giftStreakProgressCore(options.giftStreaks))(gift$), { graceMs });

  // The items totals$ reads, tagged like events$ items, completing/erroring with the session:
  // the current room info first, then a marker at each new stream and the items as they come.
  // Room info comes from the room state, after it marked a new stream's start.
  const totalsInput$ = session.attach(
    new Observable<LiveEventLike>((subscriber) => {
      const seed = room.currentRoomInfo;
      if (seed !== undefined) subscriber.next({ type: 'roomInfo', data: seed });
      const subscriptions = [
        room.streamStarts$.subscribe(() => subscriber.next(STREAM_START)),
        room.roomInfoItems$.subscribe((data) => subscriber.next({ type: 'roomInfo', data })),
        ...TOTALS_TYPES.map((type) => router.sinkFor(type).observable$.subscribe((data) => subscriber.next({ type, data }))),
      ];
      return () => {
        for (const subscription of subscriptions) subscription.unsubscribe();
      };
    }),
  );
  let initialTotalsUsed = false;
  const takeInitial = (): boolean => {
    const first = !initialTotalsUsed;
    initialTotalsUsed = true;
    return first;
  };
  const sessionTotals$ = throughLazyOperator(totalsModule, (m) => m.totalsOfSession(options.totals, STREAM_START, takeInitial))(totalsInput$);
  /** One replayed totals pipeline per session generation: a fresh session starts from zero. */
  let totalsCore: { readonly generation: object; readonly totals$: Observable<SessionTotals> } | undefined;
  const totals$ = new Observable<SessionTotals>((subscriber) => {
    if (totalsCore === undefined || totalsCore.generation !== session.generation) {
      // After the end, late subscribers get the final totals (then the completion or the error).
      totalsCore = { generation: session.generation, totals$: sharedStream(sessionTotals$, { graceMs, replay: true, keepEnd: true }) };
    }
    return totalsCore.totals$.subscribe(subscriber);
  });

  return {
    follow$: socialOfKind('follow'),
    share$: socialOfKind('share'),
    giftFinal$,
    giftStreak$,
    totals$,
  };
}
