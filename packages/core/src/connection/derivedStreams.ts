/**
 * Streams derived from the routed items: `follow$` / `share$` (one classifier, `socialKind`),
 * and the stateful ones, `giftFinal$`, `giftStreak$` and `totals$`. The stateful operators are
 * loaded on first subscription (`import()`), so an app that never subscribes them does not
 * bundle them (bundlers put them in a lazy chunk) and no connection pays for them.
 */
import { EMPTY, Observable, ReplaySubject, concat, defer, filter, map, merge, of, share, startWith, switchMap, timer } from 'rxjs';
import type { WebcastGiftMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import type { RoomInfo } from '../events.js';
import type { FinalGift } from '../operators/finalizeGiftStreaks.js';
import type { GiftStreakUpdate } from '../operators/giftStreakProgress.js';
import type { LiveEventLike, SessionTotals } from '../operators/sessionTotals.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import { socialKind } from '../selectors/socialKind.js';
import type { FrameRouter } from './frameRouter.js';
import type { RoomState } from './roomState.js';
import type { SharedSession } from './sharedSession.js';
import { lazyModule, throughLazyOperator } from './loadOnFirstUse.js';

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
  const graceReset = (): (() => Observable<unknown>) | true =>
    options.disconnectGraceMs > 0 ? () => timer(options.disconnectGraceMs) : true;

  const social$ = session.attach(router.sinkFor('WebcastSocialMessage').observable$ as Observable<WebcastSocialMessage>);

  // One tracker for every subscriber. gift$ completes with the session, which flushes open
  // streaks as 'complete'; across reconnects it does not, so a cut streak ends by its timeout.
  const giftFinal$ = gift$.pipe(
    throughLazyOperator(finalizeModule, (m) => m.finalizeGiftStreaks(options.giftStreaks)),
    share({ resetOnRefCountZero: graceReset() }),
  );
  const giftStreak$ = gift$.pipe(
    throughLazyOperator(progressModule, (m) => m.giftStreakProgress(options.giftStreaks)),
    share({ resetOnRefCountZero: graceReset() }),
  );

  // The items totals$ reads, tagged like events$ items, completing/erroring with the session.
  // Room info comes from the room state, after it marked a new stream's start.
  const totalsInput$ = session.attach(
    defer(() =>
      merge(
        room.roomInfoItems$.pipe(map((data: RoomInfo): LiveEventLike => ({ type: 'roomInfo', data }))),
        ...TOTALS_TYPES.map((type) => router.sinkFor(type).observable$.pipe(map((data): LiveEventLike => ({ type, data })))),
      ),
    ),
  );
  let initialTotalsUsed = false;
  const totalsRun = (): Observable<SessionTotals> =>
    defer(() => {
      const { initial, ...rest } = options.totals;
      const useInitial = !initialTotalsUsed && initial !== undefined;
      initialTotalsUsed = true;
      const seed = room.currentRoomInfo;
      return concat(seed !== undefined ? of<LiveEventLike>({ type: 'roomInfo', data: seed }) : EMPTY, totalsInput$).pipe(
        throughLazyOperator(totalsModule, (m) => m.sessionTotals({ ...rest, ...(useInitial ? { initial } : {}), emitInitial: true })),
      );
    });
  /** One replayed totals pipeline per session generation: a fresh session starts from zero. */
  let totalsCore: { readonly generation: object; readonly totals$: Observable<SessionTotals> } | undefined;
  const totals$ = new Observable<SessionTotals>((subscriber) => {
    if (totalsCore === undefined || totalsCore.generation !== session.generation) {
      totalsCore = {
        generation: session.generation,
        totals$: session.attach(room.streamStarts$).pipe(
          startWith(undefined),
          switchMap(totalsRun),
          share({
            connector: () => new ReplaySubject<SessionTotals>(1),
            // After the end, late subscribers get the final totals (then the completion or the error).
            resetOnComplete: false,
            resetOnError: false,
            resetOnRefCountZero: graceReset(),
          }),
        ),
      };
    }
    return totalsCore.totals$.subscribe(subscriber);
  });

  return {
    follow$: social$.pipe(filter((message) => socialKind(message) === 'follow')),
    share$: social$.pipe(filter((message) => socialKind(message) === 'share')),
    giftFinal$,
    giftStreak$,
    totals$,
  };
}
