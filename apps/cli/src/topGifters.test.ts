import { createLiveClient } from '@tiktok-live-rx/core';
import { finalizeGiftStreaks } from '@tiktok-live-rx/core/operators';
import { createSimulator, giftStreak, toV2Item, type SimUser } from '@tiktok-live-rx/simulator';
import { filter, firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { topGifters } from './topGifters.js';

const user = (userId: string, uniqueId: string): SimUser => ({ userId, uniqueId, nickname: 'Haru', avatarUrl: '', secUid: `sec${userId}`, followerCount: 0, followingCount: 0 });

describe('topGifters', () => {
  it('keys the board by user id: two users with one nickname stay two entries, each with its handle', async () => {
    const sim = await createSimulator({ creators: [{ uniqueId: 'gift_room', live: true, scenario: 'silent' }] });
    const client = createLiveClient({ url: sim.wsUrl, apiKey: sim.apiKey });
    try {
      const live = client.live('gift_room');
      const board = firstValueFrom(
        live.gift$.pipe(
          finalizeGiftStreaks(),
          topGifters(3),
          filter((b) => b.length === 2 && b[0]!.diamonds === 500),
        ),
      );
      await firstValueFrom(live.state$.pipe(filter((s) => s.status === 'connected')));
      const [moneyGun, rose] = [sim.gifts.find((g) => g.name === 'Money Gun')!, sim.gifts.find((g) => g.name === 'Rose')!];
      const a = user('6800000000000000001', 'haru_one');
      const b = user('6800000000000000002', 'haru_two');
      const meta = (n: number) => ({ msgId: String(7_300_000_000_000_000_000n + BigInt(n)), roomId: '1', createTime: Date.now() });
      const items = [
        ...giftStreak(a, moneyGun, 1, '1'),
        ...giftStreak(b, rose, 3, '2'),
      ].map((event, i) => ({ type: 'WebcastGiftMessage', data: toV2Item(event, meta(i)).data as object }));
      sim.inject('gift_room', items);
      expect(await board).toEqual([
        { userId: a.userId, handle: 'haru_one', nickname: 'Haru', diamonds: 500 },
        { userId: b.userId, handle: 'haru_two', nickname: 'Haru', diamonds: 3 },
      ]);
    } finally {
      client.close();
      await sim.close();
    }
  });
});
