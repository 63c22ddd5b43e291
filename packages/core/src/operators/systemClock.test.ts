import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { GIFTS, giftMessage, liveEvent } from '../testing/liveFixtures.js';
import { finalizeGiftStreaksCore } from './finalizeGiftStreaksCore.js';
import type { FinalGift } from './finalizeGiftStreaks.js';
import { giftStreakProgressCore } from './giftStreakProgressCore.js';
import type { GiftStreakUpdate } from './giftStreakProgress.js';
import type { LiveEventLike, SessionTotals } from './sessionTotals.js';
import { sessionTotalsCore } from './sessionTotalsCore.js';
import { systemClock } from './systemClock.js';

// The scheduler-free cores the client's lazy chunks run: time from Date.now / setTimeout, read at
// call time, so vitest's fake timers drive them.
describe('the scheduler-free cores on the system clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('systemClock reads the (faked) time and its timer can be cancelled', () => {
    const fired: number[] = [];
    systemClock.schedule(() => fired.push(systemClock.now()), 50);
    systemClock.schedule(() => fired.push(-1), 60).unsubscribe();
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([1_000_050]);
  });

  it('finalizeGiftStreaksCore ends a streak whose end never comes after timeoutMs, by setTimeout', () => {
    const input = new Subject<WebcastGiftMessage>();
    const seen: FinalGift[] = [];
    const sub = input.pipe(finalizeGiftStreaksCore({ timeoutMs: 5_000 })).subscribe((g) => seen.push(g));
    input.next(giftMessage({ userId: 'A', groupId: '1', repeatCount: 1 }));
    vi.advanceTimersByTime(3_000);
    input.next(giftMessage({ userId: 'A', groupId: '1', repeatCount: 2 }));
    vi.advanceTimersByTime(4_999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toMatchObject([{ userId: 'A', repeatCount: 2, endedBy: 'timeout' }]);
    sub.unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('giftStreakProgressCore clears its timer on unsubscribe', () => {
    const input = new Subject<WebcastGiftMessage>();
    const seen: GiftStreakUpdate[] = [];
    const sub = input.pipe(giftStreakProgressCore(1_000)).subscribe((u) => seen.push(u));
    input.next(giftMessage({ userId: 'B', groupId: '2', repeatCount: 1 }));
    expect(seen).toMatchObject([{ key: expect.stringContaining('B|'), repeatCount: 1, ended: false }]);
    expect(vi.getTimerCount()).toBe(1);
    sub.unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(seen).toHaveLength(1);
  });

  it('sessionTotalsCore stamps startedAt / updatedAt with Date.now()', () => {
    const input = new Subject<LiveEventLike>();
    const seen: SessionTotals[] = [];
    const sub = input.pipe(sessionTotalsCore({ emitInitial: true })).subscribe((t) => seen.push(t));
    vi.advanceTimersByTime(250);
    input.next(liveEvent('WebcastGiftMessage', giftMessage({ userId: 'C', gift: GIFTS.lion, repeatCount: 1 })));
    expect(seen.map((t) => [t.startedAt, t.updatedAt, t.diamonds])).toEqual([
      [1_000_000, 1_000_000, 0],
      [1_000_000, 1_000_250, 29_999],
    ]);
    sub.unsubscribe();
  });
});
