/**
 * The `sessionTotals` operator's config: the checked totals settings plus `emitInitial` and the
 * scheduler, if given (no default here: the public operator's is `asyncScheduler`).
 */
import type { SchedulerLike } from 'rxjs';
import type { SessionTotalsConfig } from '../operators/sessionTotals.js';
import { configObject } from './optionChecks.js';
import { checkSessionTotals, type SessionTotalsLimits } from './sessionTotalsConfig.js';

/** A validated `sessionTotals` config with its defaults applied. */
export interface ResolvedSessionTotalsConfig extends SessionTotalsLimits {
  readonly emitInitial: boolean;
  readonly scheduler: SchedulerLike | undefined;
}

/** Validates `config`; throws a `TypeError` that names the field and says what to pass. */
export function resolveSessionTotalsConfig(config: SessionTotalsConfig | undefined): ResolvedSessionTotalsConfig {
  const options = configObject<SessionTotalsConfig>('sessionTotals', config, 'a config object') ?? {};
  return {
    ...checkSessionTotals('sessionTotals', '', options),
    emitInitial: options.emitInitial === true,
    scheduler: options.scheduler,
  };
}
