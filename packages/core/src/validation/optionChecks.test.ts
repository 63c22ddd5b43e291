import { describe, expect, it } from 'vitest';
import { DURATION, FUNCTION, MS, OBJECT, POSITIVE_MS, check, checkFields, configObject, integer, is, oneOf, range } from './optionChecks.js';

const message = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('did not throw');
};

describe('the validation vocabulary', () => {
  it('rules accept exactly what their words say', () => {
    const accepts = ([test]: readonly [(value: unknown) => boolean, ...unknown[]], values: unknown[]) => values.map(test);
    expect(accepts(MS, [0, 5, Infinity, -1, Number.NaN, '5'])).toEqual([true, true, false, false, false, false]);
    expect(accepts(POSITIVE_MS, [0, 1e-9, 5, Infinity])).toEqual([false, true, true, false]);
    expect(accepts(DURATION, [0, 1, Infinity, Number.NaN])).toEqual([false, true, true, false]);
    expect(accepts(integer(2), [2, 3, 1, 2.5, '3'])).toEqual([true, true, false, false, false]);
    expect(accepts(range(30, 60), [30, 60, 29, 61])).toEqual([true, true, false, false]);
    expect(accepts(oneOf(['a', 'b']), ['a', 'c'])).toEqual([true, false]);
    expect(accepts(is('boolean function', 'x'), [true, () => 1, 'true'])).toEqual([true, true, false]);
    expect(accepts(OBJECT, [{}, [], null, 'x'])).toEqual([true, false, false, false]);
    expect(integer(0)[1]).toBe('an integer >= 0');
    expect(oneOf(['v2', 'v3'])[1]).toBe("one of 'v2', 'v3'");
    expect(range(30, 3600)[1]).toBe('a number from 30 to 3600');
  });

  it('check returns the value, or the fallback for undefined', () => {
    expect(check('op', 'n', 3, integer(1), 10)).toBe(3);
    expect(check('op', 'n', undefined, integer(1), 10)).toBe(10);
    expect(check('op', 'n', undefined, integer(1))).toBeUndefined();
  });

  it('speaks one shape and names a number default in its advice', () => {
    expect(message(() => check('op', 'a.b', -1, MS, 1000))).toBe(
      'op: a.b must be a non-negative number of milliseconds; got -1. Omit it to use the default (1000).',
    );
    expect(message(() => check('op', 'f', 'x', FUNCTION))).toBe('op: f must be a function; got "x".');
    expect(message(() => check('op', 'w', 0, integer(1), 5, 'Or pass false.'))).toBe('op: w must be an integer >= 1; got 0. Or pass false.');
  });

  it('describes values without repeating secrets', () => {
    expect(message(() => check('op', 'o', {}, FUNCTION))).toMatch(/got an object\.$/);
    expect(message(() => check('op', 'o', [], FUNCTION))).toMatch(/got an array\.$/);
    expect(message(() => check('op', 'o', () => 1, OBJECT))).toMatch(/got a function\.$/);
    const leaked = message(() => check('op', 'url', 'http://x?apiKey=sk_live_123', FUNCTION));
    expect(leaked).not.toContain('sk_live_123');
    expect(leaked).toContain('apiKey=[redacted]');
    const secret = message(() => check('op', 'apiKey', 'sk_live_123 ', [() => false, 'a key', true]));
    expect(secret).toBe('op: apiKey must be a key.');
  });

  it('checkFields checks each ruled field under its prefix, fills defaults and keeps the rest', () => {
    const rules = { a: integer(1), b: FUNCTION };
    const scheduler = {};
    expect(checkFields<{ a: number; b?: () => void; s?: object }>('op', 'cfg.', { b: undefined, s: scheduler }, rules, { a: 7 })).toEqual({ a: 7, b: undefined, s: scheduler });
    expect(message(() => checkFields('op', 'cfg.', { a: 0 }, rules, { a: 7 }))).toBe('op: cfg.a must be an integer >= 1; got 0. Omit it to use the default (7).');
    expect(message(() => checkFields('op', '', { b: 1 }, rules))).toBe('op: b must be a function; got 1.');
  });

  it('configObject accepts undefined or a plain object', () => {
    const config = { x: 1 };
    expect(configObject('op', config, 'a config object')).toBe(config);
    expect(configObject('op', undefined, 'a config object')).toBeUndefined();
    expect(message(() => configObject('op', 5, 'a config object'))).toBe('op: config must be a config object; got 5.');
  });
});
