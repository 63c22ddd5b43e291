/**
 * The one validation vocabulary of the library: options of `createLiveClient` and of the
 * operators are checked at the API edge, so a wrong value fails at once with a `TypeError`
 * that always reads `<where>: <field> must be <expected>; got <value>. <what to do>`, rather
 * than misbehaving hours into a stream.
 */

/**
 * The `TypeError` for an invalid option, in the one shape every check uses. `secret: true`
 * leaves the value out (credentials are never repeated).
 */
export function invalidOption(where: string, field: string, expected: string, value: unknown, advice = '', { secret = false } = {}): TypeError {
  const got = secret ? '' : `; got ${describe(value)}`;
  return new TypeError(`${where}: ${field} must be ${expected}${got}.${advice === '' ? '' : ` ${advice}`}`);
}

/** Returns `value ?? fallback`, or throws unless it is an integer ≥ `min`. */
export function integerOption(operator: string, field: string, value: unknown, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidOption(operator, field, `an integer >= ${min}`, value, `Omit it to use the default (${fallback}).`);
  }
  return value;
}

/** Returns `value ?? fallback`, or throws unless it is a number > 0 (`Infinity` allowed). */
export function durationOption(operator: string, field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw invalidOption(operator, field, 'a number of milliseconds > 0 (Infinity disables it)', value, `Omit it to use the default (${fallback}).`);
  }
  return value;
}

/** Throws unless `value` is undefined or a plain object (the operator's config). */
export function configObject<T extends object>(operator: string, value: unknown, expected: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${operator}: expected ${expected}; got ${describe(value)}.`);
  }
  return value as T;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
