import { describe, expect, it } from 'vitest';
import { Subject, from, lastValueFrom, take, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { finalizeGiftStreaks, isFinalGiftEvent, type FinalGift } from './finalizeGiftStreaks.js';
import { GIFTS, giftMessage, streakMessages } from '../testing/liveFixtures.js';

function run(messages: WebcastGiftMessage[], config?: Parameters<typeof finalizeGiftStreaks>[0]): Promise<FinalGift[]> {
  return lastValueFrom(from(messages).pipe(finalizeGiftStreaks(config), toArray()));
}

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('finalizeGiftStreaks', () => {
  it('emits one final gift for a streak 1..N with repeatEnd 0 then N with repeatEnd 1', async () => {
    const steps = streakMessages({ userId: '101', gift: GIFTS.finger, groupId: '900', n: 7 });
    const finals = await run(steps);
    expect(finals).toHaveLength(1);
    expect(finals[0]).toEqual({
      message: steps[7],
      userId: '101',
      giftId: GIFTS.finger.id,
      groupId: '900',
      repeatCount: 7,
      diamondCount: 5,
      totalDiamonds: 35,
      endedBy: 'repeatEnd',
    });
  });

  it('emits one final gift for a single send of a streakable gift (two events)', async () => {
    const finals = await run(streakMessages({ userId: '102', n: 1 }));
    expect(finals.map((g) => [g.repeatCount, g.totalDiamonds, g.endedBy])).toEqual([[1, 1, 'repeatEnd']]);
  });

  it('passes a non-streakable gift through at once', () => {
    const input = new Subject<WebcastGiftMessage>();
    const seen: FinalGift[] = [];
    const sub = input.pipe(finalizeGiftStreaks()).subscribe((g) => seen.push(g));
    input.next(giftMessage({ userId: '103', gift: GIFTS.lion, repeatCount: 1 }));
    expect(seen).toMatchObject([{ userId: '103', giftId: GIFTS.lion.id, repeatCount: 1, totalDiamonds: 29_999, endedBy: 'single' }]);
    sub.unsubscribe();
  });

  it('keeps interleaved streaks of different users and groups apart', async () => {
    const a = streakMessages({ userId: 'A', groupId: '1', n: 3 });
    const b = streakMessages({ userId: 'B', groupId: '2', n: 5 });
    const a2 = streakMessages({ userId: 'A', groupId: '3', n: 2 });
    const interleaved: WebcastGiftMessage[] = [];
    for (let i = 0; i < 6; i++) for (const s of [a, b, a2]) if (s[i]) interleaved.push(s[i] as WebcastGiftMessage);
    const finals = await run(interleaved);
    expect(finals.map((g) => `${g.userId}/${g.groupId}×${g.repeatCount}`).sort()).toEqual(['A/1×3', 'A/3×2', 'B/2×5']);
  });

  it('keeps the highest repeatCount when updates arrive out of order', async () => {
    const msgs = [1, 3, 2].map((n) => giftMessage({ userId: 'C', groupId: '7', repeatCount: n }));
    msgs.push(giftMessage({ userId: 'C', groupId: '7', repeatCount: 2, repeatEnd: 1 }));
    const finals = await run(msgs);
    expect(finals.map((g) => g.repeatCount)).toEqual([3]);
  });

  it('does not emit a duplicate repeatEnd (or a late update) of an ended streak', async () => {
    const steps = streakMessages({ userId: 'D', groupId: '8', n: 2 });
    const end = steps[2] as WebcastGiftMessage;
    const finals = await run([...steps, { ...end }, giftMessage({ userId: 'D', groupId: '8', repeatCount: 1 })]);
    expect(finals).toHaveLength(1);
  });

  it('remembers only the last maxFinalized ended streaks (bounded duplicate detection)', async () => {
    const a = streakMessages({ userId: 'M', groupId: '1', n: 1 });
    const b = streakMessages({ userId: 'M', groupId: '2', n: 1 });
    const aEnd = a[1] as WebcastGiftMessage;
    const bEnd = b[1] as WebcastGiftMessage;
    // maxFinalized 1: once b ended, a's key is forgotten and its duplicate end counts again.
    const finals = await run([...a, ...b, { ...bEnd }, { ...aEnd }], { maxFinalized: 1 });
    expect(finals.map((g) => g.groupId)).toEqual(['1', '2', '1']);
    const remembered = await run([...a, ...b, { ...bEnd }, { ...aEnd }], { maxFinalized: 2 });
    expect(remembered.map((g) => g.groupId)).toEqual(['1', '2']);
  });

  it('tells consecutive streaks apart when events carry no groupId', async () => {
    const first = streakMessages({ userId: 'E', groupId: '0', n: 2 });
    const second = streakMessages({ userId: 'E', groupId: '0', n: 3 });
    const finals = await run([...first, { ...(first[2] as WebcastGiftMessage) }, ...second]);
    expect(finals.map((g) => g.repeatCount)).toEqual([2, 3]);
  });

  it('counts one unit when repeatCount is missing, and 0 diamonds without gift details', async () => {
    const msg = { ...giftMessage({ userId: 'F', gift: GIFTS.lion }), repeatCount: 0 };
    const bare = giftMessage({ userId: 'F', withoutDetails: true, repeatEnd: 1 });
    const finals = await run([msg, bare]);
    expect(finals.map((g) => [g.repeatCount, g.totalDiamonds, g.endedBy])).toEqual([
      [1, 29_999, 'single'],
      [1, 0, 'single'],
    ]);
  });

  it('ends the least recently updated streak as a timeout when maxPending is exceeded', () => {
    const input = new Subject<WebcastGiftMessage>();
    const seen: FinalGift[] = [];
    input.pipe(finalizeGiftStreaks({ maxPending: 2 })).subscribe((g) => seen.push(g));
    input.next(giftMessage({ userId: 'G1', groupId: '1' }));
    input.next(giftMessage({ userId: 'G2', groupId: '2' }));
    input.next(giftMessage({ userId: 'G1', groupId: '1', repeatCount: 2 })); // G2 is now the oldest
    expect(seen).toEqual([]);
    input.next(giftMessage({ userId: 'G3', groupId: '3' }));
    expect(seen.map((g) => [g.userId, g.endedBy])).toEqual([['G2', 'timeout']]);
    input.complete();
    expect(seen.map((g) => [g.userId, g.repeatCount, g.endedBy])).toEqual([
      ['G2', 1, 'timeout'],
      ['G1', 2, 'complete'],
      ['G3', 1, 'complete'],
    ]);
  });

  it('flushes a streak whose end never arrives after timeoutMs without updates', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = giftMessage({ userId: 'H', groupId: '1', repeatCount: 1 });
      const b = giftMessage({ userId: 'H', groupId: '1', repeatCount: 2 });
      // b updates the streak at frame 51, so it times out at 151, not 101.
      const source = cold('-a 49ms b 200ms |', { a, b });
      const final: FinalGift = {
        message: b, userId: 'H', giftId: GIFTS.rose.id, groupId: '1',
        repeatCount: 2, diamondCount: 1, totalDiamonds: 2, endedBy: 'timeout',
      };
      expectObservable(source.pipe(finalizeGiftStreaks({ timeoutMs: 100 }))).toBe('151ms t 100ms |', { t: final });
      expectSubscriptions(source.subscriptions).toBe('^ 251ms !');
    });
  });

  it('flushes open streaks as complete when the source completes', () => {
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = giftMessage({ userId: 'I', groupId: '1', repeatCount: 4 });
      const source = cold('-a--|', { a });
      expectObservable(source.pipe(finalizeGiftStreaks({ timeoutMs: 1_000 }))).toBe('----(c|)', {
        c: { message: a, userId: 'I', giftId: GIFTS.rose.id, groupId: '1', repeatCount: 4, diamondCount: 1, totalDiamonds: 4, endedBy: 'complete' },
      });
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('emits nothing and cancels its timer after unsubscribe', () => {
    testScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const a = giftMessage({ userId: 'J', groupId: '1' });
      const source = hot('-a 300ms |', { a });
      expectObservable(source.pipe(finalizeGiftStreaks({ timeoutMs: 100 })), '^ 50ms !').toBe('');
      expectSubscriptions(source.subscriptions).toBe('^ 50ms !');
    });
  });

  it('does not flush pending streaks when the source errors', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const a = giftMessage({ userId: 'K', groupId: '1' });
      const b = giftMessage({ userId: 'K', gift: GIFTS.lion });
      const result = cold('-a-b-#', { a, b }).pipe(finalizeGiftStreaks({ timeoutMs: 100 }));
      expectObservable(result).toBe('---s-#', {
        s: { message: b, userId: 'K', giftId: GIFTS.lion.id, groupId: '1730000000001', repeatCount: 1, diamondCount: 29_999, totalDiamonds: 29_999, endedBy: 'single' },
      });
    });
  });

  it('accepts the timeout as a number shorthand', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const a = giftMessage({ userId: 'L', groupId: '1' });
      const result = cold('a 100ms |', { a }).pipe(finalizeGiftStreaks(20));
      expectObservable(result).toBe('20ms t 80ms |', {
        t: { message: a, userId: 'L', giftId: GIFTS.rose.id, groupId: '1', repeatCount: 1, diamondCount: 1, totalDiamonds: 1, endedBy: 'timeout' },
      });
    });
  });

  it('stops cleanly when the consumer unsubscribes in the middle of a flush', async () => {
    const open = ['1', '2', '3'].map((groupId) => giftMessage({ userId: 'N', groupId }));
    const finals = await lastValueFrom(from(open).pipe(finalizeGiftStreaks(), take(1), toArray()));
    expect(finals.map((g) => [g.groupId, g.endedBy])).toEqual([['1', 'complete']]);
  });

  it('rejects invalid options with a TypeError that names the field', () => {
    expect(() => finalizeGiftStreaks({ timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => finalizeGiftStreaks({ maxPending: 0 })).toThrow(TypeError);
    expect(() => finalizeGiftStreaks({ maxFinalized: 1.5 })).toThrow(/maxFinalized/);
    expect(() => finalizeGiftStreaks('10s' as unknown as number)).toThrow(/config object/);
  });

  it('errors with a TypeError when fed something that is not a gift message', async () => {
    const bad = [null] as unknown as WebcastGiftMessage[];
    await expect(run(bad)).rejects.toThrow(/expected WebcastGiftMessage/);
  });
});

describe('isFinalGiftEvent', () => {
  it('is true for non-streakable gifts and for streak ends only', () => {
    expect(isFinalGiftEvent(giftMessage({ userId: '1', gift: GIFTS.lion }))).toBe(true);
    expect(isFinalGiftEvent(giftMessage({ userId: '1', repeatEnd: 0 }))).toBe(false);
    expect(isFinalGiftEvent(giftMessage({ userId: '1', repeatEnd: 1 }))).toBe(true);
  });
});
