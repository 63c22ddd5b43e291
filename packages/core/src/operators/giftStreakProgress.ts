import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { GiftStreakEndReason, GiftStreakLimitOptions } from './giftStreakTracker.js';
import { giftStreakProgressCore } from './giftStreakProgressCore.js';

/** Options for {@link giftStreakProgress}. Every field is optional. */
export interface GiftStreakProgressConfig extends GiftStreakLimitOptions {
  /**
   * Scheduler for the timeout timer and the clock (pass a `TestScheduler` in tests).
   * @default asyncScheduler
   */
  scheduler?: SchedulerLike;
}

/** A step of a live combo counter. */
export interface GiftStreakUpdate {
  /** Stable id of the streak (`userId|giftId|groupId`): key UI rows by it. */
  readonly key: string;
  /** Sender (`message.user.id`; `''` when the event has no user). */
  readonly userId: string;
  /** `message.giftId`. */
  readonly giftId: string;
  /** `message.groupId`. */
  readonly groupId: string;
  /** Units so far: the highest `repeatCount` seen, at least 1. */
  readonly repeatCount: number;
  /** Diamonds per unit (`gift.diamondCount`; 0 when unknown). */
  readonly diamondCount: number;
  /** `diamondCount × repeatCount` so far. */
  readonly totalDiamonds: number;
  /** True on the last update of the streak (exactly one per streak). */
  readonly ended: boolean;
  /** Why the streak ended; only set when `ended` is true. */
  readonly endedBy?: GiftStreakEndReason;
  /** The event behind this update (for a timeout/complete: the last one received). */
  readonly message: WebcastGiftMessage;
}

/**
 * Live combo counters: emits a {@link GiftStreakUpdate} each time a streak's
 * `repeatCount` grows (`ended: false`), then exactly one final update
 * (`ended: true`) when it ends, with the same end rules as
 * {@link finalizeGiftStreaks} (`repeatEnd`, `timeoutMs` without updates, source
 * completion, `maxPending` overflow). A non-streakable gift gives one update with
 * `ended: true`. Duplicate or out-of-order steps that do not raise the count emit
 * nothing. Memory is bounded by `maxPending` + `maxFinalized`; O(1) per event.
 *
 * @param config Options, or the timeout in ms as a shorthand.
 * @example
 * ```ts
 * connection.gift$.pipe(giftStreakProgress()).subscribe((u) => {
 *   if (u.ended) combos.delete(u.key);
 *   else combos.set(u.key, `${u.message.user?.nickname} ×${u.repeatCount}`);
 * });
 * ```
 * @see finalizeGiftStreaks for one event per streak.
 */
export function giftStreakProgress(
  config?: number | GiftStreakProgressConfig,
): OperatorFunction<WebcastGiftMessage, GiftStreakUpdate> {
  return giftStreakProgressCore(config, asyncScheduler);
}
