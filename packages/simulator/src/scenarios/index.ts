import type { Scenario, ScenarioName } from '../types.js';
import { busy } from './busy.js';
import { ending } from './ending.js';
import { giftStorm } from './giftStorm.js';
import { quiet } from './quiet.js';
import { silent } from './silent.js';

/** The built-in scenarios by name. */
export const SCENARIOS: { readonly [K in ScenarioName]: Scenario } = { busy, quiet, ending, giftStorm, silent };

/** A scenario by name or value; throws a `TypeError` for unknown names. */
export function resolveScenario(scenario: ScenarioName | Scenario | undefined): Scenario {
  if (scenario === undefined) return busy;
  if (typeof scenario === 'object') return scenario;
  const found = (SCENARIOS as Record<string, Scenario | undefined>)[scenario];
  if (!found) throw new TypeError(`Unknown scenario "${scenario}": use one of ${Object.keys(SCENARIOS).join(', ')} or a Scenario object`);
  return found;
}
