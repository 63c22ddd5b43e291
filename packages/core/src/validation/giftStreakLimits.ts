/**
 * Streak limits: the validation and defaults shared by `finalizeGiftStreaks`,
 * `giftStreakProgress`, `sessionTotals` (`streaks`) and the client's `giftStreaks` option,
 * apart from the tracker so that validating options does not load it.
 */
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { configObject, durationOption, integerOption } from './optionChecks.js';

/** Resolved tracker limits. */
export interface GiftStreakLimits {
  timeoutMs: number;
  maxPending: number;
  maxFinalized: number;
}

/** Defaults shared by every streak-aware operator. */
export const DEFAULT_GIFT_STREAK_LIMITS: Readonly<GiftStreakLimits> = Object.freeze({
  timeoutMs: 10_000,
  maxPending: 1_000,
  maxFinalized: 5_000,
});

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
  const d = DEFAULT_GIFT_STREAK_LIMITS;
  return {
    timeoutMs: durationOption(operator, `${fieldPrefix}timeoutMs`, options?.timeoutMs, d.timeoutMs),
    maxPending: integerOption(operator, `${fieldPrefix}maxPending`, options?.maxPending, d.maxPending),
    maxFinalized: integerOption(operator, `${fieldPrefix}maxFinalized`, options?.maxFinalized, d.maxFinalized, 0),
  };
}

/** Config accepted by the two timer-driven streak operators. */
export interface GiftStreakOperatorOptions extends GiftStreakLimitOptions {
  scheduler?: SchedulerLike;
}

/** Validates a streak operator's config (a timeout in ms or an object); throws a `TypeError` naming `operator`. */
export function resolveGiftStreakOperatorConfig(
  operator: string,
  config: number | GiftStreakOperatorOptions | undefined,
): { limits: GiftStreakLimits; scheduler: SchedulerLike } {
  const options =
    typeof config === 'number'
      ? { timeoutMs: config }
      : configObject<GiftStreakOperatorOptions>(operator, config, 'a timeout in ms or a config object');
  return { limits: resolveGiftStreakLimits(operator, options), scheduler: options?.scheduler ?? asyncScheduler };
}
