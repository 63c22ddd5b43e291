import { describe, expect, it } from 'vitest';
import { from, lastValueFrom, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { giftStreakProgress, type GiftStreakUpdate } from './giftStreakProgress.js';
import { GIFTS, giftMessage, streakMessages } from '../testing/liveFixtures.js';

function run(messages: WebcastGiftMessage[]): Promise<GiftStreakUpdate[]> {
  return lastValueFrom(from(messages).pipe(giftStreakProgress(), toArray()));
}

const summary = (u: GiftStreakUpdate): string => `${u.userId}×${u.repeatCount}${u.ended ? ` ended:${u.endedBy}` : ''}`;

describe('giftStreakProgress', () => {
  it('emits every streak step, then one final update', async () => {
    const steps = streakMessages({ userId: 'A', gift: GIFTS.finger, groupId: '5', n: 3 });
    const updates = await run(steps);
    expect(updates.map(summary)).toEqual(['A×1', 'A×2', 'A×3', 'A×3 ended:repeatEnd']);
    expect(updates.map((u) => u.totalDiamonds)).toEqual([5, 10, 15, 15]);
    expect(new Set(updates.map((u) => u.key)).size).toBe(1);
    expect(updates[3]?.message).toBe(steps[3]);
    expect(updates[0]).not.toHaveProperty('endedBy');
  });

  it('gives a single ended update for a non-streakable gift', async () => {
    const updates = await run([giftMessage({ userId: 'B', gift: GIFTS.universe })]);
    expect(updates.map(summary)).toEqual(['B×1 ended:single']);
    expect(updates[0]?.totalDiamonds).toBe(44_999);
  });

  it('skips steps that do not raise the count (duplicates, out of order)', async () => {
    const msgs = [1, 2, 2, 1, 3].map((n) => giftMessage({ userId: 'C', groupId: '1', repeatCount: n }));
    const updates = await run(msgs);
    expect(updates.map(summary)).toEqual(['C×1', 'C×2', 'C×3', 'C×3 ended:complete']);
  });

  it('tracks interleaved streaks under separate keys', async () => {
    const a = streakMessages({ userId: 'A', groupId: '1', n: 2 });
    const b = streakMessages({ userId: 'B', groupId: '2', n: 2 });
    const updates = await run([a[0], b[0], a[1], b[1], b[2], a[2]] as WebcastGiftMessage[]);
    expect(updates.map(summary)).toEqual(['A×1', 'B×1', 'A×2', 'B×2', 'B×2 ended:repeatEnd', 'A×2 ended:repeatEnd']);
  });

  it('ends a stuck streak with a timeout update', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ cold, expectObservable, expectSubscriptions }) => {
        const a = giftMessage({ userId: 'D', groupId: '1', repeatCount: 1 });
        const b = giftMessage({ userId: 'D', groupId: '1', repeatCount: 2 });
        const source = cold('a 9ms b 50ms |', { a, b });
        const base = { key: 'D|5655|1', userId: 'D', giftId: GIFTS.rose.id, groupId: '1', diamondCount: 1 };
        expectObservable(source.pipe(giftStreakProgress({ timeoutMs: 30 }))).toBe('a 9ms b 29ms t 20ms |', {
          a: { ...base, repeatCount: 1, totalDiamonds: 1, ended: false, message: a },
          b: { ...base, repeatCount: 2, totalDiamonds: 2, ended: false, message: b },
          t: { ...base, repeatCount: 2, totalDiamonds: 2, ended: true, endedBy: 'timeout', message: b },
        });
        expectSubscriptions(source.subscriptions).toBe('^ 60ms !');
      },
    );
  });

  it('rejects invalid options with a TypeError', () => {
    expect(() => giftStreakProgress({ timeoutMs: 0 })).toThrow(TypeError);
    expect(() => giftStreakProgress({ maxPending: -5 })).toThrow(/maxPending/);
  });
});
