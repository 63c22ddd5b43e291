/**
 * Streams derived from the routed items: `follow$` / `share$` (one classifier, `socialKind`),
 * and the stateful ones, `giftFinal$`, `giftStreak$` and `totals$`. The stateful operators are
 * loaded on first subscription (`import()`), so an app that never subscribes them does not
 * bundle them (bundlers put them in a lazy chunk) and no connection pays for them.
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

const finalizeModule = lazyModule(() => import('../operators/finalizeGiftStreaks.js'));
const progressModule = lazyModule(() => import('../operators/giftStreakProgress.js'));
const totalsModule = lazyModule(() => import('../operators/sessionTotals.js'));

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
  const giftFinal$ = sharedStream(throughLazyOperator(finalizeModule, (m) => m.finalizeGiftStreaks(options.giftStreaks))(gift$), { graceMs });
  const giftStreak$ = sharedStream(throughLazyOperator(progressModule, (m) => m.giftStreakProgress(options.giftStreaks))(gift$), { graceMs });

  // The items totals$ reads, tagged like events$ items, completing/erroring with the session.
  // Room info comes from the room state, after it marked a new stream's start.
  const totalsInput$ = session.attach(
    new Observable<LiveEventLike>((subscriber) => {
      const subscriptions = [
        room.roomInfoItems$.subscribe((data) => subscriber.next({ type: 'roomInfo', data })),
        ...TOTALS_TYPES.map((type) => router.sinkFor(type).observable$.subscribe((data) => subscriber.next({ type, data }))),
      ];
      return () => {
        for (const subscription of subscriptions) subscription.unsubscribe();
      };
    }),
  );
  let initialTotalsUsed = false;
  /** One stream's totals: seeded with the current room info, then the items as they come. */
  const totalsRun = (): Observable<SessionTotals> =>
    new Observable<SessionTotals>((subscriber) => {
      const { initial, ...rest } = options.totals;
      const useInitial = !initialTotalsUsed && initial !== undefined;
      initialTotalsUsed = true;
      const seed = room.currentRoomInfo;
      const input$ = new Observable<LiveEventLike>((input) => {
        if (seed !== undefined) input.next({ type: 'roomInfo', data: seed });
        return totalsInput$.subscribe(input);
      });
      return throughLazyOperator(totalsModule, (m) => m.sessionTotals({ ...rest, ...(useInitial ? { initial } : {}), emitInitial: true }))(input$).subscribe(subscriber);
    });
  /** The session's totals: a fresh run at the start and at each new stream; ends with the session. */
  const sessionTotals$ = new Observable<SessionTotals>((subscriber) => {
    let run: { unsubscribe(): void } | undefined;
    let running = false;
    let startsDone = false;
    const restart = (): void => {
      run?.unsubscribe();
      running = true;
      run = totalsRun().subscribe({
        next: (totals) => subscriber.next(totals),
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          running = false;
          if (startsDone) subscriber.complete();
        },
      });
    };
    restart();
    const starts = session.attach(room.streamStarts$).subscribe({
      next: restart,
      error: (error: unknown) => subscriber.error(error),
      complete: () => {
        startsDone = true;
        if (!running) subscriber.complete();
      },
    });
    return () => {
      starts.unsubscribe();
      run?.unsubscribe();
    };
  });
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
