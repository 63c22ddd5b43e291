/**
 * Streak limits: the rules and defaults shared by `finalizeGiftStreaks`,
 * `giftStreakProgress`, `sessionTotals` (`streaks`) and the client's `giftStreaks` option,
 * apart from the tracker (and from rxjs) so that validating options does not load it.
 */
import { DEFAULT_LIVE_CLIENT_OPTIONS } from '../defaults.js';
import { DURATION, checkFields, integer, type Rule } from './optionChecks.js';

/** Resolved tracker limits. */
export interface GiftStreakLimits {
  timeoutMs: number;
  maxPending: number;
  maxFinalized: number;
}

/** Defaults shared by every streak-aware operator. */
export const DEFAULT_GIFT_STREAK_LIMITS: Readonly<GiftStreakLimits> = DEFAULT_LIVE_CLIENT_OPTIONS.giftStreaks;

/** What each limit accepts. */
export const GIFT_STREAK_RULES: Readonly<Record<keyof GiftStreakLimits, Rule>> = {
  timeoutMs: DURATION,
  maxPending: integer(1),
  maxFinalized: integer(0),
};

/** Streak limits shared by `finalizeGiftStreaks`, `giftStreakProgress` and `sessionTotals` (`streaks`). */
export interface GiftStreakLimitOptions {
  /**
   * A streak whose `repeatEnd` never arrives ends after this many ms without an
   * update, marked `endedBy: 'timeout'`. `Infinity` disables it (then only
   * `maxPending` bounds open streaks).
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * At most this many open streaks; past it the least recently updated one ends as a timeout.
   * @default 1_000
   */
  maxPending?: number;
  /**
   * How many ended streak keys are remembered (FIFO) to drop duplicate or late events. `0` remembers none.
   * @default 5_000
   */
  maxFinalized?: number;
}

/** Validates and fills in streak limits (throws a `TypeError` naming the operator and field). */
export function resolveGiftStreakLimits(
  operator: string,
  options: GiftStreakLimitOptions | undefined,
  fieldPrefix = '',
): GiftStreakLimits {
  const { timeoutMs, maxPending, maxFinalized } = checkFields<GiftStreakLimits>(operator, fieldPrefix, options ?? {}, GIFT_STREAK_RULES, DEFAULT_GIFT_STREAK_LIMITS);
  return { timeoutMs, maxPending, maxFinalized };
}
