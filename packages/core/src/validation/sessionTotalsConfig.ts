/**
 * Validation of a `sessionTotals` config (also the client's `totals` option), apart from the
 * operator so that validating options does not load it.
 */
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import type { SessionTotals, SessionTotalsConfig } from '../operators/sessionTotals.js';
import { resolveGiftStreakLimits, type GiftStreakLimitOptions, type GiftStreakLimits } from './giftStreakLimits.js';
import { configObject, integerOption } from './optionChecks.js';

/** Default leaderboard length of `sessionTotals` / `totals$`. */
export const DEFAULT_TOP_N = 10;
/** Default number of tracked users of `sessionTotals` / `totals$`. */
export const DEFAULT_MAX_USERS = 10_000;

/** A validated `sessionTotals` config with its defaults applied. */
export interface ResolvedSessionTotalsConfig {
  readonly topN: number;
  readonly maxUsers: number;
  readonly limits: GiftStreakLimits;
  readonly initial: SessionTotals | undefined;
  readonly emitInitial: boolean;
  readonly scheduler: SchedulerLike;
}

/** Validates `config`; throws a `TypeError` that names the field and says what to pass. */
export function resolveSessionTotalsConfig(config: SessionTotalsConfig | undefined): ResolvedSessionTotalsConfig {
  const options = configObject<SessionTotalsConfig>('sessionTotals', config, 'a config object');
  const topN = integerOption('sessionTotals', 'topN', options?.topN, DEFAULT_TOP_N);
  const maxUsers = integerOption(
    'sessionTotals',
    'maxUsers',
    options?.maxUsers,
    Math.max(DEFAULT_MAX_USERS, 2 * topN + 1),
    2 * topN + 1,
  );
  const limits = resolveGiftStreakLimits(
    'sessionTotals',
    configObject<GiftStreakLimitOptions>('sessionTotals', options?.streaks, '`streaks` to be an object'),
    'streaks.',
  );
  const initial = configObject<SessionTotals>('sessionTotals', options?.initial, '`initial` to be a SessionTotals snapshot');
  const emitInitial = options?.emitInitial === true;
  const scheduler = options?.scheduler ?? asyncScheduler;
  return { topN, maxUsers, limits, initial, emitInitial, scheduler };
}
