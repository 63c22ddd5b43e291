import type { WebcastGiftMessage } from 'tiktok-live-connector';
import type { OperatorFunction, SchedulerLike } from 'rxjs';
import { giftStreakOperator, type GiftStreakEndReason } from './giftStreakTracker.js';

export { isFinalGiftEvent, type GiftStreakEndReason } from './giftStreakTracker.js';

/** Options for {@link finalizeGiftStreaks}. Every field is optional. */
export interface FinalizeGiftStreaksConfig {
  /**
   * End a streak whose `repeatEnd` event never arrives after this many ms without
   * an update for it; it is emitted with `endedBy: 'timeout'`. `Infinity` turns the
   * timer off (open streaks are then bounded only by `maxPending`).
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * At most this many streaks are open at once. When a new streak would exceed it,
   * the least recently updated one is emitted as `'timeout'`.
   * @default 1_000
   */
  maxPending?: number;
  /**
   * How many ended streak keys are remembered (FIFO) to drop a duplicate `repeatEnd`
   * or a late update of a streak that already ended. `0` remembers none.
   * @default 5_000
   */
  maxFinalized?: number;
  /**
   * Scheduler for the timeout timer and the clock (pass a `TestScheduler` in tests).
   * @default asyncScheduler
   */
  scheduler?: SchedulerLike;
}

/** One gift, counted once: a whole streak or a single non-streakable gift. */
export interface FinalGift {
  /** The last event received for the streak (the `repeatEnd` one when it arrived). */
  readonly message: WebcastGiftMessage;
  /** Sender (`message.user.id`; `''` when the event has no user). */
  readonly userId: string;
  /** `message.giftId`. */
  readonly giftId: string;
  /** `message.groupId`: identifies the streak. */
  readonly groupId: string;
  /** Final number of units: the highest `repeatCount` seen, at least 1. */
  readonly repeatCount: number;
  /** Diamonds per unit (`gift.diamondCount`; 0 when the event lacks gift details). */
  readonly diamondCount: number;
  /** `diamondCount × repeatCount`. */
  readonly totalDiamonds: number;
  /** Why the streak counts as ended. */
  readonly endedBy: GiftStreakEndReason;
}

/**
 * Emits ONE {@link FinalGift} per gift streak, so a combo of 10 roses is one
 * event with `repeatCount: 10` instead of eleven events (PROTOCOL.md §5.4).
 *
 * - Streakable gifts (`gift.type === 1`) are held until their `repeatEnd` event,
 *   keyed by `(user.id, giftId, groupId)`; their count never goes backwards.
 * - Other gifts pass through at once (`endedBy: 'single'`).
 * - A streak whose end never arrives is emitted after `timeoutMs` without updates
 *   (`'timeout'`); open streaks are emitted when the source completes (`'complete'`)
 *   and dropped when it errors or on unsubscribe.
 * - A duplicate `repeatEnd` (or a late update) of an ended streak is dropped.
 *
 * Memory is bounded by `maxPending` open streaks plus `maxFinalized` remembered
 * keys, whatever the stream length. Cost per event is O(1).
 *
 * @param config Options, or the timeout in ms as a shorthand.
 * @example
 * ```ts
 * connection.gift$
 *   .pipe(finalizeGiftStreaks({ timeoutMs: 8_000 }))
 *   .subscribe((g) => console.log(`${g.message.user?.nickname} sent ${g.repeatCount}× (${g.totalDiamonds} 💎)`));
 * ```
 * @see giftStreakProgress for live combo counters.
 */
export function finalizeGiftStreaks(
  config?: number | FinalizeGiftStreaksConfig,
): OperatorFunction<WebcastGiftMessage, FinalGift> {
  return giftStreakOperator<FinalGift>('finalizeGiftStreaks', config, {
    end: (streak, endedBy) => ({
      message: streak.message,
      userId: streak.userId,
      giftId: streak.giftId,
      groupId: streak.groupId,
      repeatCount: streak.repeatCount,
      diamondCount: streak.diamondCount,
      totalDiamonds: streak.diamondCount * streak.repeatCount,
      endedBy,
    }),
  });
}
