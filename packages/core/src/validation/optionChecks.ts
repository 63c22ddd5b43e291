/**
 * The one validation vocabulary of the library: options of `createLiveClient` and of the
 * operators are checked at the API edge, so a wrong value fails at once with a `TypeError`
 * that always reads `<where>: <field> must be <expected>; got <value>. <what to do>`, rather
 * than misbehaving hours into a stream.
 *
 * A {@link Rule} says what a value must be; {@link check} applies one rule with its default;
 * {@link checkFields} applies a table of rules to a config object.
 */
import { redactUrl } from '@tiktok-live-rx/protocol';

/** What an option accepts: a test, the words an error uses for it, and whether the value is a secret (never repeated). */
export type Rule = readonly [test: (value: unknown) => boolean, expected: string, secret?: boolean];

/** A number from `min` to `max` (both included; `NaN` never passes). */
export const range = (min: number, max: number, expected = `a number from ${min} to ${max}`): Rule => [
  (value) => typeof value === 'number' && value >= min && value <= max,
  expected,
];

/** An integer ≥ `min`. */
export const integer = (min: number): Rule => [(value) => Number.isInteger(value) && (value as number) >= min, `an integer >= ${min}`];

/** One of a few literals (`'v2'`, `'v3'`). */
export const oneOf = (values: readonly unknown[]): Rule => [(value) => values.includes(value), `one of ${values.map((v) => `'${v}'`).join(', ')}`];

/** A value of one of the `typeof` kinds, e.g. `is('function', 'a function')`. */
export const is = (kinds: string, expected: string): Rule => [(value) => kinds.split(' ').includes(typeof value), expected];

/** A finite number of milliseconds ≥ 0. */
export const MS = range(0, Number.MAX_VALUE, 'a non-negative number of milliseconds');
/** A finite number of milliseconds > 0 (`Number.MIN_VALUE` is the smallest number above 0). */
export const POSITIVE_MS = range(Number.MIN_VALUE, Number.MAX_VALUE, 'a positive number of milliseconds');
/** A timeout > 0 that `Infinity` disables. */
export const DURATION = range(Number.MIN_VALUE, Infinity, 'a number of milliseconds > 0 (Infinity disables it)');
/** `true` or `false`. */
export const BOOLEAN = is('boolean', 'true or false');
/** A function (callbacks). */
export const FUNCTION = is('function', 'a function');
/** A plain object (not `null`, not an array). */
export const OBJECT: Rule = [(value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'an object'];

/**
 * Throws the one-shape `TypeError`, `<where>: <field> must be <expected>; got <value>. <advice>`
 * (no `got` part for a secret), for checks that are not a {@link Rule}.
 */
export function invalid(where: string, field: string, expected: string, value: unknown, advice = '', secret = false): never {
  throw new TypeError(`${where}: ${field} must be ${expected}${secret ? '' : `; got ${describe(value)}`}.${advice && ` ${advice}`}`);
}

/**
 * Returns `value`, or `fallback` when it is `undefined`; throws {@link invalid} unless `rule`
 * accepts it. A number `fallback` is named in the advice ("Omit it to use the default (…)").
 */
export function check<T>(where: string, field: string, value: unknown, [test, expected, secret]: Rule, fallback?: T, advice?: string): T {
  if (value === undefined) return fallback as T;
  if (!test(value)) invalid(where, field, expected, value, advice ?? (typeof fallback === 'number' ? `Omit it to use the default (${fallback}).` : ''), secret);
  return value as T;
}

/**
 * Checks each field of `config` that `rules` names (reported as `<prefix><key>`) and fills in
 * `defaults`; fields without a rule pass through untouched.
 */
export function checkFields<T extends object>(
  where: string,
  prefix: string,
  config: object,
  rules: { readonly [K in keyof T]?: Rule },
  defaults: Partial<T> = {},
): T {
  const out: Record<string, unknown> = { ...config };
  for (const key in rules) {
    const value = check(where, prefix + key, out[key], rules[key] as Rule, defaults[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** Returns an operator's `config` when it is `undefined` or a plain object: `<where>: config must be <expected>; got …` otherwise. */
export function configObject<T extends object>(where: string, value: unknown, expected: string): T | undefined {
  return check<T | undefined>(where, 'config', value, [OBJECT[0], expected]);
}

/** Returns `value ?? fallback`, or throws unless it is an integer ≥ `min`. */
export function integerOption(where: string, field: string, value: unknown, fallback: number, min = 1): number {
  return check(where, field, value, integer(min), fallback);
}

/** A short, secret-free description of a bad value (strings quoted, with URL secrets redacted). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(redactUrl(value));
  if (Array.isArray(value)) return 'an array';
  return value !== null && typeof value === 'object' ? 'an object' : typeof value === 'function' ? 'a function' : String(value);
}
