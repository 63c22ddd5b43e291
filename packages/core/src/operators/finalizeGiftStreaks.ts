import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import { finalizeGiftStreaksCore } from './finalizeGiftStreaksCore.js';
import type { GiftStreakEndReason, GiftStreakLimitOptions } from './giftStreakTracker.js';

export { isFinalGiftEvent, type GiftStreakEndReason } from './giftStreakTracker.js';

/** Options for {@link finalizeGiftStreaks}. Every field is optional. */
export interface FinalizeGiftStreaksConfig extends GiftStreakLimitOptions {
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
  return finalizeGiftStreaksCore(config, asyncScheduler);
}
