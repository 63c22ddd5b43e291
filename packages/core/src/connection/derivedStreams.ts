/**
 * Streams derived from the routed items: `follow$` / `share$` (one classifier, `socialKind`),
 * and the stateful ones, `giftFinal$`, `giftStreak$` and `totals$`. This module is itself a lazy
 * chunk (`lazyDerivedStreams` loads it on the first subscription of any of them, with their
 * inputs); the stateful operators (and `totals$`' per-stream restarts, `totalsOfSession`) load on
 * their own first subscription (`import()`), so an app that never subscribes them does not load
 * them and no connection pays for them; their input is buffered meanwhile.
 */
import { Observable } from 'rxjs';
import type { WebcastGiftMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import type { FinalGift } from '../operators/finalizeGiftStreaks.js';
import type { GiftStreakUpdate } from '../operators/giftStreakProgress.js';
import type { LiveEventLike, SessionTotals } from '../operators/sessionTotals.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import { socialKind } from '../selectors/socialKind.js';
import { STREAM_START } from './lazyDerivedStreams.js';
import type { SharedSession } from './sharedSession.js';
import { lazyModule } from './loadOnFirstUse.js';
import { throughLazyOperator } from './throughLazyOperator.js';
import { sharedStream } from './sharedStream.js';

/** The derived streams of one connection. */
export interface DerivedStreams {
  readonly follow$: Observable<WebcastSocialMessage>;
  readonly share$: Observable<WebcastSocialMessage>;
  readonly giftFinal$: Observable<FinalGift>;
  readonly giftStreak$: Observable<GiftStreakUpdate>;
  readonly totals$: Observable<SessionTotals>;
}

// The scheduler-free cores (system clock): the public operators' files import rxjs' asyncScheduler.
const finalizeModule = lazyModule(() => import('../operators/finalizeGiftStreaksCore.js'));
const progressModule = lazyModule(() => import('../operators/giftStreakProgressCore.js'));
const totalsModule = lazyModule(() => import('./totalsOfSession.js'));

/** Builds the derived streams over their inputs (each completing/erroring with the session). */
export function createDerivedStreams(parts: {
  readonly options: ResolvedLiveClientOptions;
  readonly session: SharedSession;
  readonly social$: Observable<WebcastSocialMessage>;
  readonly gift$: Observable<WebcastGiftMessage>;
  /** `totals$`' tagged items: room info first, `STREAM_START` at each new stream, then the items. */
  readonly totalsInput$: Observable<LiveEventLike>;
}): DerivedStreams {
  const { options, session, social$, gift$, totalsInput$ } = parts;
  const graceMs = options.disconnectGraceMs;

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
