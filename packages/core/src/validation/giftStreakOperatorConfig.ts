/**
 * The config of the two timer-driven streak operators (`finalizeGiftStreaks`, `giftStreakProgress`):
 * a timeout in ms or the limits plus a scheduler. No default scheduler here (the public operators
 * default to `asyncScheduler`, the client's lazy chunks to the system clock).
 */
import type { SchedulerLike } from 'rxjs';
import { resolveGiftStreakLimits, type GiftStreakLimitOptions, type GiftStreakLimits } from './giftStreakLimits.js';
import { configObject } from './optionChecks.js';

/** Config accepted by the two timer-driven streak operators. */
export interface GiftStreakOperatorOptions extends GiftStreakLimitOptions {
  scheduler?: SchedulerLike;
}

/** Validates a streak operator's config (a timeout in ms or an object); throws a `TypeError` naming `operator`. */
export function resolveGiftStreakOperatorConfig(
  operator: string,
  config: number | GiftStreakOperatorOptions | undefined,
): { limits: GiftStreakLimits; scheduler: SchedulerLike | undefined } {
  const options =
    typeof config === 'number'
      ? { timeoutMs: config }
      : configObject<GiftStreakOperatorOptions>(operator, config, 'a timeout in ms or a config object');
  return { limits: resolveGiftStreakLimits(operator, options), scheduler: options?.scheduler };
}
