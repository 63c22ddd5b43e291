import { describe, expect, it } from 'vitest';
import { from, lastValueFrom, toArray } from 'rxjs';
import type { WebcastLikeMessage } from 'tiktok-live-proto/v3';
import { likesByUser, type LikeTotals } from './likesByUser.js';
import { likeMessage } from '../testing/liveFixtures.js';

function run(messages: WebcastLikeMessage[], config?: Parameters<typeof likesByUser>[0]): Promise<LikeTotals[]> {
  return lastValueFrom(from(messages).pipe(likesByUser(config), toArray()));
}

describe('likesByUser', () => {
  it('sums likes per user and ranks the top likers', async () => {
    const out = await run([
      likeMessage({ userId: 'A', nickname: 'Ann', count: 5, total: 105 }),
      likeMessage({ userId: 'B', nickname: 'Bob', count: 15, total: 120 }),
      likeMessage({ userId: 'A', nickname: 'Ann', count: 12, total: 132 }),
    ]);
    expect(out.at(-1)).toEqual({
      total: 132,
      counted: 32,
      byUser: [
        { userId: 'A', nickname: 'Ann', likes: 17 },
        { userId: 'B', nickname: 'Bob', likes: 15 },
      ],
    });
  });

  it('reports total as the max of the server total and the counted likes, never decreasing', async () => {
    const out = await run([
      likeMessage({ userId: 'A', count: 10, total: 4 }), // server total lags behind
      likeMessage({ userId: 'A', count: 1, total: 500 }),
      likeMessage({ userId: 'A', count: 1, total: 300 }), // out-of-order total
    ]);
    expect(out.map((t) => [t.total, t.counted])).toEqual([
      [10, 10],
      [500, 11],
      [500, 12],
    ]);
  });

  it('keeps the leaderboard bounded to topN and reuses it when unchanged', async () => {
    const out = await run(
      [
        likeMessage({ userId: 'A', count: 9, total: 9 }),
        likeMessage({ userId: 'B', count: 5, total: 14 }),
        likeMessage({ userId: 'C', count: 7, total: 21 }), // C overtakes B
        likeMessage({ userId: 'B', count: 1, total: 22 }), // B is off the board: no change
      ],
      { topN: 2 },
    );
    expect(out.map((t) => t.byUser.map((r) => `${r.userId}:${r.likes}`))).toEqual([
      ['A:9'],
      ['A:9', 'B:5'],
      ['A:9', 'C:7'],
      ['A:9', 'C:7'],
    ]);
    expect(out[3]?.byUser).toBe(out[2]?.byUser);
    expect(Object.isFrozen(out[3]?.byUser)).toBe(true);
  });

  it('forgets idle users past maxUsers but never the leaderboard users', async () => {
    const out = await run(
      [
        likeMessage({ userId: 'A', count: 100, total: 0 }),
        likeMessage({ userId: 'B', count: 1, total: 0 }),
        likeMessage({ userId: 'C', count: 1, total: 0 }),
        likeMessage({ userId: 'D', count: 1, total: 0 }), // 4 users > maxUsers 3: B (idle, not top) is forgotten
        likeMessage({ userId: 'A', count: 1, total: 0 }), // A was kept: 101
        likeMessage({ userId: 'B', count: 150, total: 0 }), // B restarts from zero: 150, not 151
      ],
      { topN: 1, maxUsers: 3 },
    );
    expect(out[4]?.byUser).toEqual([{ userId: 'A', nickname: 'user A', likes: 101 }]);
    expect(out[5]?.byUser).toEqual([{ userId: 'B', nickname: 'user B', likes: 150 }]);
  });

  it('gives recently active users a second chance before forgetting them', async () => {
    const out = await run(
      [
        likeMessage({ userId: 'A', count: 100, total: 0 }), // top: never forgotten
        likeMessage({ userId: 'B', count: 1, total: 0 }),
        likeMessage({ userId: 'C', count: 1, total: 0 }),
        likeMessage({ userId: 'B', count: 1, total: 0 }), // B and C active again
        likeMessage({ userId: 'C', count: 1, total: 0 }),
        likeMessage({ userId: 'D', count: 1, total: 0 }), // one of B/C must go: B, the older
        likeMessage({ userId: 'C', count: 200, total: 0 }), // C was kept: 202
        likeMessage({ userId: 'B', count: 300, total: 0 }), // B restarts: 300, not 302
      ],
      { topN: 1, maxUsers: 3 },
    );
    expect(out[6]?.byUser).toEqual([{ userId: 'C', nickname: 'user C', likes: 202 }]);
    expect(out[7]?.byUser).toEqual([{ userId: 'B', nickname: 'user B', likes: 300 }]);
  });

  it('resumes from an initial snapshot', async () => {
    const initial: LikeTotals = { total: 1_000, counted: 40, byUser: [{ userId: 'A', nickname: 'Ann', likes: 40 }] };
    const out = await run([likeMessage({ userId: 'A', nickname: 'Ann', count: 2, total: 1_001 })], { initial });
    expect(out).toEqual([{ total: 1_001, counted: 42, byUser: [{ userId: 'A', nickname: 'Ann', likes: 42 }] }]);
  });

  it('rejects a maxUsers that cannot hold the leaderboard', () => {
    expect(() => likesByUser({ topN: 10, maxUsers: 10 })).toThrow(/maxUsers/);
    expect(() => likesByUser(0)).toThrow(/topN/);
  });
});
