import { describe, expect, it } from 'vitest';
import { Subject, from, lastValueFrom, map, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { sessionTotals, type LiveEventLike, type SessionTotals } from './sessionTotals.js';
import {
  GIFTS,
  giftMessage,
  likeMessage,
  liveEvent,
  memberMessage,
  roomInfoData,
  roomUserSeqMessage,
  socialMessage,
  streakMessages,
} from '../testing/liveFixtures.js';

const gift = (data: unknown) => liveEvent('WebcastGiftMessage', data);

function run(events: LiveEventLike[], config?: Parameters<typeof sessionTotals>[0]): Promise<SessionTotals[]> {
  return lastValueFrom(from(events).pipe(sessionTotals(config), toArray()));
}

describe('sessionTotals', () => {
  it('counts a gift streak once, with its final repeatCount', async () => {
    const steps = streakMessages({ userId: 'A', nickname: 'Ann', gift: GIFTS.finger, groupId: '1', n: 4 });
    const out = await run([...steps.map(gift), gift({ ...steps[4] })]); // + a duplicate end
    expect(out).toHaveLength(1); // progress steps and the duplicate change nothing
    expect(out[0]).toMatchObject({
      diamonds: 20,
      giftCount: 4,
      topGifters: [{ userId: 'A', nickname: 'Ann', diamonds: 20, gifts: 4 }],
    });
  });

  it('gives each top gifter their handle and avatar from the gift, updated when they change', async () => {
    const withProfile = (avatar: string | undefined) => {
      const message = giftMessage({ userId: 'A', nickname: 'Ann', gift: GIFTS.lion }) as unknown as { user: Record<string, unknown> };
      if (avatar !== undefined) message.user['avatarThumb'] = { urlList: [avatar] };
      return gift(message);
    };
    const out = await run([withProfile(undefined), withProfile('http://127.0.0.1/a1.svg'), withProfile('http://127.0.0.1/a2.svg')]);
    expect(out.map((t) => t.topGifters.map(({ uniqueId, avatarUrl }) => ({ uniqueId, avatarUrl })))).toEqual([
      [{ uniqueId: 'handle_A', avatarUrl: undefined }],
      [{ uniqueId: 'handle_A', avatarUrl: 'http://127.0.0.1/a1.svg' }],
      [{ uniqueId: 'handle_A', avatarUrl: 'http://127.0.0.1/a2.svg' }],
    ]);
  });

  it('keeps the handle and avatar of resumed gifters, and two gifters with one nickname apart', async () => {
    const initial = await run([gift(giftMessage({ userId: 'A', nickname: 'Sam', gift: GIFTS.rose, repeatEnd: 1 }))]);
    const out = await run([gift(giftMessage({ userId: 'B', nickname: 'Sam', gift: GIFTS.lion }))], { initial: initial.at(-1) as SessionTotals });
    expect(out.at(-1)?.topGifters.map((g) => [g.userId, g.nickname, g.uniqueId, g.diamonds])).toEqual([
      ['B', 'Sam', 'handle_B', 29_999],
      ['A', 'Sam', 'handle_A', 1],
    ]);
  });

  it('counts non-streakable gifts at once and ranks gifters by diamonds (bounded to topN)', async () => {
    const out = await run(
      [
        gift(giftMessage({ userId: 'A', gift: GIFTS.rose, repeatEnd: 1 })),
        gift(giftMessage({ userId: 'B', gift: GIFTS.lion })),
        gift(giftMessage({ userId: 'C', gift: GIFTS.universe })),
        gift(giftMessage({ userId: 'A', gift: GIFTS.lion })),
      ],
      { topN: 2 },
    );
    expect(out.map((t) => t.topGifters.map((g) => `${g.userId}:${g.diamonds}`))).toEqual([
      ['A:1'],
      ['B:29999', 'A:1'],
      ['C:44999', 'B:29999'],
      ['C:44999', 'A:30000'],
    ]);
    expect(out.at(-1)).toMatchObject({ diamonds: 1 + 29_999 + 44_999 + 29_999, giftCount: 4 });
  });

  it('counts likes, follows, shares, joins and viewers', async () => {
    const out = await run([
      liveEvent('WebcastLikeMessage', likeMessage({ userId: 'A', count: 15, total: 2_015 })),
      liveEvent('WebcastLikeMessage', likeMessage({ userId: 'B', count: 3, total: 2_018 })),
      liveEvent('WebcastSocialMessage', socialMessage({ userId: 'A', kind: 'follow' })),
      liveEvent('WebcastSocialMessage', socialMessage({ userId: 'B', kind: 'share' })),
      liveEvent('WebcastSocialMessage', socialMessage({ userId: 'C', kind: 'share' })),
      liveEvent('WebcastMemberMessage', memberMessage({ userId: 'D', action: 1 })),
      liveEvent('WebcastMemberMessage', memberMessage({ userId: 'E', action: 3 })), // subscribe, not a join
      liveEvent('WebcastRoomUserSeqMessage', roomUserSeqMessage(420)),
      liveEvent('WebcastRoomUserSeqMessage', roomUserSeqMessage(380)),
      liveEvent('WebcastChatMessage', { common: { msgId: '1' }, content: 'hi' }), // ignored
      { type: 'unknown', wireType: 'WebcastNewThing', data: {} } as LiveEventLike, // ignored
    ]);
    expect(out).toHaveLength(8);
    expect(out.at(-1)).toMatchObject({
      likes: { total: 2_018, counted: 18, byUser: [{ userId: 'A', likes: 15 }, { userId: 'B', likes: 3 }] },
      follows: 1,
      shares: 2,
      joins: 1,
      viewers: { current: 380, peak: 420 },
    });
  });

  it('keeps totals across a reconnect and re-seeds viewers and likes from the new roomInfo', async () => {
    const out = await run([
      liveEvent('roomInfo', roomInfoData({ viewers: 1_000, likes: 50_000 })),
      gift(giftMessage({ userId: 'A', gift: GIFTS.lion })),
      liveEvent('WebcastLikeMessage', likeMessage({ userId: 'B', count: 10, total: 50_010 })),
      liveEvent('WebcastRoomUserSeqMessage', roomUserSeqMessage(1_500)),
      liveEvent('WebcastMemberMessage', memberMessage({ userId: 'C' })),
      // --- connection lost; the client reconnects and the service sends a new roomInfo ---
      liveEvent('workerInfo', { webSocketId: 'ws-2', schemaVersion: 'v2', features: {} }),
      liveEvent('roomInfo', roomInfoData({ viewers: 1_200, likes: 61_000 })),
      gift(giftMessage({ userId: 'A', gift: GIFTS.rose, repeatEnd: 1 })),
    ]);
    const afterReconnect = out.at(-2);
    expect(afterReconnect).toMatchObject({
      diamonds: 29_999,
      giftCount: 1,
      joins: 1,
      likes: { total: 61_000, counted: 10 },
      viewers: { current: 1_200, peak: 1_500 },
    });
    expect(out.at(-1)).toMatchObject({ diamonds: 30_000, giftCount: 2, topGifters: [{ userId: 'A', diamonds: 30_000, gifts: 2 }] });
    expect(out.at(-1)?.startedAt).toBe(out[0]?.startedAt);
  });

  it('shares unchanged parts between snapshots', async () => {
    const out = await run([
      gift(giftMessage({ userId: 'A', gift: GIFTS.lion })),
      liveEvent('WebcastLikeMessage', likeMessage({ userId: 'B', count: 1, total: 1 })),
      liveEvent('WebcastRoomUserSeqMessage', roomUserSeqMessage(10)),
    ]);
    const [first, second, third] = out as [SessionTotals, SessionTotals, SessionTotals];
    expect(second).not.toBe(first);
    expect(second.topGifters).toBe(first.topGifters);
    expect(third.topGifters).toBe(first.topGifters);
    expect(third.likes).toBe(second.likes);
    expect(second.viewers).toBe(first.viewers);
    expect(third.viewers).not.toBe(second.viewers);
    expect(first.likes.counted).toBe(0); // the earlier snapshot was not mutated
  });

  it('resumes from an initial snapshot and can emit it first', async () => {
    const initial: SessionTotals = {
      diamonds: 500,
      giftCount: 20,
      topGifters: [{ userId: 'A', nickname: 'Ann', diamonds: 500, gifts: 20 }],
      likes: { total: 9_000, counted: 300, byUser: [{ userId: 'B', nickname: 'Bob', likes: 300 }] },
      follows: 3,
      shares: 4,
      joins: 50,
      viewers: { current: 80, peak: 120 },
      startedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
    };
    const out = await run([gift(giftMessage({ userId: 'A', nickname: 'Ann', gift: GIFTS.lion }))], { initial, emitInitial: true });
    expect(out[0]).toEqual(initial);
    expect(out[1]).toMatchObject({
      diamonds: 30_499,
      giftCount: 21,
      topGifters: [{ userId: 'A', diamonds: 30_499, gifts: 21 }],
      likes: { total: 9_000, counted: 300, byUser: [{ userId: 'B', likes: 300 }] },
      joins: 50,
      startedAt: 1_700_000_000_000,
    });
  });

  it('counts a stuck streak once its timeout has passed, at the next event', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ cold, expectObservable }) => {
      const source = cold('a 100ms b 100ms c|', {
        a: gift(giftMessage({ userId: 'A', groupId: '1', repeatCount: 3 })),
        b: liveEvent('WebcastChatMessage', { content: 'still within the timeout' }),
        c: liveEvent('WebcastChatMessage', { content: 'after the timeout' }),
      });
      const totals = source.pipe(sessionTotals({ streaks: { timeoutMs: 150 } }));
      expectObservable(totals.pipe(map((t: SessionTotals) => t.diamonds))).toBe('202ms c|', { c: 3 });
    });
  });

  it('counts a stuck streak at exactly timeoutMs after its last update, not before', () => {
    for (const [timeoutMs, expected] of [
      [202, '202ms c|'],
      [203, '203ms (c|)'], // one frame later: only the completion flush counts it
    ] as const) {
      new TestScheduler((actual, exp) => expect(actual).toEqual(exp)).run(({ cold, expectObservable }) => {
        const source = cold('a 201ms c|', {
          a: gift(giftMessage({ userId: 'A', groupId: '1', repeatCount: 3 })),
          c: liveEvent('WebcastChatMessage', { content: 'later' }),
        });
        const totals = source.pipe(sessionTotals({ streaks: { timeoutMs } }), map((t) => t.diamonds));
        expectObservable(totals).toBe(expected, { c: 3 });
      });
    }
  });

  it('counts open streaks when the source completes', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ cold, expectObservable, expectSubscriptions }) => {
        const source = cold('a-b--|', {
          a: gift(giftMessage({ userId: 'A', groupId: '1', repeatCount: 2 })),
          b: gift(giftMessage({ userId: 'B', groupId: '2', repeatCount: 5 })),
        });
        expectObservable(source.pipe(sessionTotals(), map((t: SessionTotals) => t.diamonds))).toBe('-----(c|)', { c: 7 });
        expectSubscriptions(source.subscriptions).toBe('^----!');
      },
    );
  });

  it('stamps startedAt and updatedAt from the scheduler', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ cold, expectObservable }) => {
      const source = cold('-- 10ms a|', { a: liveEvent('WebcastMemberMessage', memberMessage({ userId: 'A' })) });
      const stamps = source.pipe(sessionTotals(), map((t) => `${t.startedAt}-${t.updatedAt}`));
      expectObservable(stamps).toBe('-- 10ms a|', { a: '0-12' });
    });
  });

  it('emits nothing for events that change nothing', () => {
    const input = new Subject<LiveEventLike>();
    const seen: SessionTotals[] = [];
    input.pipe(sessionTotals()).subscribe((t) => seen.push(t));
    input.next(gift(giftMessage({ userId: 'A', groupId: '1', repeatCount: 1 }))); // a streak step
    input.next(liveEvent('WebcastRoomUserSeqMessage', roomUserSeqMessage(0))); // same as the start value
    input.next(liveEvent('WebcastSocialMessage', { common: { displayText: { key: 'pm_mt_unknown' } } }));
    input.next(liveEvent('WebcastLikeMessage', null));
    expect(seen).toEqual([]);
  });

  it('rejects invalid options with a TypeError that names the field', () => {
    expect(() => sessionTotals({ topN: 0 })).toThrow(/topN/);
    expect(() => sessionTotals({ topN: 10, maxUsers: 15 })).toThrow(/maxUsers/);
    expect(() => sessionTotals({ streaks: { timeoutMs: -1 } })).toThrow(/streaks\.timeoutMs/);
    expect(() => sessionTotals(5 as never)).toThrow(/config object/);
  });
});
