import { describe, expectTypeOf, it } from 'vitest';
import type { Observable, OperatorFunction } from 'rxjs';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import type { LiveEvent } from '../events.js';
import { dedupeByMsgId } from './dedupeByMsgId.js';
import type { LikeTotals } from './likesByUser.js';
import { sessionTotals, type GifterTotals, type LiveEventLike, type SessionTotals } from './sessionTotals.js';

type ConnectionEvent =
  | { type: 'WebcastGiftMessage'; data: WebcastGiftMessage }
  | { type: 'roomInfo'; data: { raw?: Record<string, unknown> } }
  | { type: 'unknown'; wireType: string; data: unknown };
declare const events$: Observable<ConnectionEvent>;
declare const liveEvents$: Observable<LiveEvent>;

declare const numbers$: Observable<number>;

describe('sessionTotals types', () => {
  it('reads { type, data } events and emits snapshots', () => {
    expectTypeOf(sessionTotals()).toEqualTypeOf<OperatorFunction<LiveEventLike, SessionTotals>>();
    expectTypeOf(events$.pipe(sessionTotals({ topN: 3 }))).toEqualTypeOf<Observable<SessionTotals>>();
    expectTypeOf(liveEvents$.pipe(dedupeByMsgId(), sessionTotals())).toEqualTypeOf<Observable<SessionTotals>>();
    expectTypeOf<SessionTotals['topGifters']>().toEqualTypeOf<readonly GifterTotals[]>();
    expectTypeOf<SessionTotals['likes']>().toEqualTypeOf<LikeTotals>();
    expectTypeOf<SessionTotals['viewers']>().toEqualTypeOf<{ readonly current: number; readonly peak: number }>();
  });

  it('accepts a previous snapshot as initial and rejects other shapes', () => {
    const last = {} as SessionTotals;
    sessionTotals({ initial: last, emitInitial: true, streaks: { timeoutMs: 5_000 } });
    // @ts-expect-error initial must be a full snapshot
    sessionTotals({ initial: { diamonds: 5 } });
    // @ts-expect-error only { type, data } events
    numbers$.pipe(sessionTotals());
  });
});
