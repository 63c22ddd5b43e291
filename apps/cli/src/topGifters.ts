import type { FinalGift } from '@tiktok-live-rx/core';
import { map, scan, type OperatorFunction } from 'rxjs';

/** One entry of the top-gifter board. */
export interface Gifter {
  /** The sender's user id: the key (two users with one nickname stay apart). */
  userId: string;
  /** The sender's @handle (`''` when the event had none). */
  handle: string;
  /** The sender's latest display name. */
  nickname: string;
  /** Diamonds sent this session (whole streaks). */
  diamonds: number;
}

/**
 * Turns final gifts into a top-`size` board, best first, keyed by **user id**
 * (never by nickname: nicknames are not unique). Emits after every gift.
 * @example
 * live.gift$.pipe(finalizeGiftStreaks(), topGifters(3)).subscribe(render);
 */
export function topGifters(size: number): OperatorFunction<FinalGift, readonly Gifter[]> {
  return (gifts$) =>
    gifts$.pipe(
      scan((board, gift) => {
        const user = gift.message.user;
        const key = gift.userId || `anonymous:${user?.displayId ?? ''}`;
        const previous = board.get(key);
        board.set(key, {
          userId: gift.userId,
          handle: user?.displayId ?? previous?.handle ?? '',
          nickname: user?.nickname || previous?.nickname || '',
          diamonds: (previous?.diamonds ?? 0) + gift.totalDiamonds,
        });
        return board;
      }, new Map<string, Gifter>()),
      map((board) => [...board.values()].sort((a, b) => b.diamonds - a.diamonds).slice(0, size)),
    );
}
