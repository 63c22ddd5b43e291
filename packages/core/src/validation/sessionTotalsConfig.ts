/**
 * Validation of a `sessionTotals` config (also the client's `totals` option), apart from the
 * operator (and from rxjs) so that validating options does not load it.
 */
import { DEFAULT_LIVE_CLIENT_OPTIONS } from '../defaults.js';
import type { SessionTotals, SessionTotalsConfig } from '../operators/sessionTotals.js';
import { resolveGiftStreakLimits, type GiftStreakLimitOptions, type GiftStreakLimits } from './giftStreakLimits.js';
import { OBJECT, check, integer } from './optionChecks.js';

/** The sizes, streak limits and snapshot of a totals config, checked and with their defaults. */
export interface SessionTotalsLimits {
  readonly topN: number;
  readonly maxUsers: number;
  readonly limits: GiftStreakLimits;
  readonly initial: SessionTotals | undefined;
}

/**
 * Validates the sizes, streak limits and `initial` of a totals config (`<where>: <prefix>topN must be …`)
 * and returns them with their defaults applied.
 */
export function checkSessionTotals(
  where: string,
  prefix: string,
  options: SessionTotalsConfig,
): SessionTotalsLimits {
  const defaults = DEFAULT_LIVE_CLIENT_OPTIONS.totals;
  const topN = check(where, `${prefix}topN`, options.topN, integer(1), defaults.topN);
  const maxUsers = check(where, `${prefix}maxUsers`, options.maxUsers, integer(2 * topN + 1), Math.max(defaults.maxUsers, 2 * topN + 1));
  const streaks = check<GiftStreakLimitOptions>(where, `${prefix}streaks`, options.streaks, OBJECT);
  const initial = check<SessionTotals>(where, `${prefix}initial`, options.initial, [OBJECT[0], 'a SessionTotals snapshot']);
  return { topN, maxUsers, limits: resolveGiftStreakLimits(where, streaks, `${prefix}streaks.`), initial };
}
