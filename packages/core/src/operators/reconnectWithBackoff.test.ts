import { defer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { AuthError, ConnectionClosedError, RateLimitedError } from '../errors.js';
import { defaultReconnectDelay, reconnectWithBackoff, type RetryInfo } from './reconnectWithBackoff.js';

const drop = new ConnectionClosedError('dropped', { closeCode: 1006 });
const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const at = (frame: number, marble: string) => '-'.repeat(frame) + marble;

describe('reconnectWithBackoff', () => {
  it('retries with exponential backoff and full jitter, then gives up after count', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, drop);
      // random 0.5: delays 5, 10, 20 ms (half of 10, 20, 40).
      const result = source.pipe(reconnectWithBackoff({ count: 3, baseDelay: 10, random: () => 0.5 }));
      expectObservable(result).toBe(at(39, '#'), undefined, drop);
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(6, '^!'), at(17, '^!'), at(38, '^!')]);
    });
  });

  it('takes a count shorthand and caps the backoff at maxDelay', () => {
    const scheduler = newScheduler();
    let subscriptions = 0;
    let failed: unknown;
    scheduler.run(({ cold }) => {
      const source = cold('-#', undefined, drop);
      source.pipe(reconnectWithBackoff(2)).subscribe({ error: (error: unknown) => (failed = error) });
      scheduler.flush();
      subscriptions = source.subscriptions.length;
    });
    expect(subscriptions).toBe(3);
    expect(failed).toBe(drop);
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, drop);
      // random ~1: attempt delays would be 9, 19, 39 but the cap is 15.
      const result = source.pipe(reconnectWithBackoff({ count: 3, baseDelay: 10, maxDelay: 15, random: () => 0.99 }));
      expectObservable(result).toBe(at(1 + 9 + 1 + 14 + 1 + 14 + 1, '#'), undefined, drop);
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(10, '^!'), at(25, '^!'), at(40, '^!')]);
    });
  });

  it('does not retry fatal errors', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const fatal = new AuthError('bad key', { closeCode: 4401 });
      const source = cold('a-#', { a: 1 }, fatal);
      expectObservable(source.pipe(reconnectWithBackoff({ baseDelay: 1 }))).toBe('a-#', { a: 1 }, fatal);
      expectSubscriptions(source.subscriptions).toBe('^-!');
    });
  });

  it('uses the long cool-down after 4429 and no delay after 4555', () => {
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const limited = cold('-#', undefined, new RateLimitedError('slow down', { closeCode: 4429 }));
      limited.pipe(reconnectWithBackoff({ count: 2, coolDownDelay: 100, random: () => 0 })).subscribe({ error: () => {} });
      // 100 ms, then 200 ms (doubling), never the 1 s base curve.
      expectSubscriptions(limited.subscriptions).toBe([at(0, '^!'), at(101, '^!'), at(302, '^!')]);
    });
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const rotated = cold('-#', undefined, new ConnectionClosedError('lifetime', { closeCode: 4555 }));
      rotated.pipe(reconnectWithBackoff({ count: 2 })).subscribe({ error: () => {} });
      expectSubscriptions(rotated.subscriptions).toBe([at(0, '^!'), at(1, '^!'), at(2, '^!')]);
    });
  });

  it('resets the attempt counter after minUptime of stable connection', () => {
    const run = (uptime: number) => {
      const infos: RetryInfo[] = [];
      newScheduler().run(({ cold, expectSubscriptions }) => {
        // Attempt 1 fails at once; attempt 2 emits and stays up `uptime` ms; attempt 3 fails; attempt 4 stays.
        const sources = [cold<number>('-#', undefined, drop), cold(`a ${uptime - 1}ms #`, { a: 1 }, drop), cold<number>('-#', undefined, drop), cold('a', { a: 1 })];
        let index = 0;
        const source: Observable<number> = defer(() => sources[index++]!);
        source
          .pipe(reconnectWithBackoff({ baseDelay: 10, minUptime: 50, random: () => 0.99, onRetry: (info) => infos.push(info) }))
          .subscribe();
      });
      return infos.map((i) => [i.attempt, i.delay]);
    };
    // Up 60 ms ≥ minUptime: the third failure is attempt 1 again.
    expect(run(60)).toEqual([
      [1, 9],
      [1, 9],
      [2, 19],
    ]);
    // Up 20 ms only: the counter keeps growing.
    expect(run(20)).toEqual([
      [1, 9],
      [2, 19],
      [3, 39],
    ]);
  });

  it('takes a fixed delay or a delay function, and a custom shouldReconnect', () => {
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const source = cold('-#', undefined, drop);
      source.pipe(reconnectWithBackoff({ count: 2, delay: 7 })).subscribe({ error: () => {} });
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(8, '^!'), at(16, '^!')]);
    });
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const source = cold('-#', undefined, drop);
      source.pipe(reconnectWithBackoff({ count: 2, delay: (attempt) => attempt * 3 })).subscribe({ error: () => {} });
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(4, '^!'), at(11, '^!')]);
    });
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const source = cold('-#', undefined, drop);
      source.pipe(reconnectWithBackoff({ shouldReconnect: () => false })).subscribe({ error: () => {} });
      expectSubscriptions(source.subscriptions).toBe('^!');
    });
  });
});

describe('defaultReconnectDelay', () => {
  it('is full jitter under an exponential ceiling capped at maxDelay', () => {
    expect(defaultReconnectDelay(1, drop, { random: () => 0 })).toBe(0);
    expect(defaultReconnectDelay(1, drop, { random: () => 0.999 })).toBe(999);
    expect(defaultReconnectDelay(3, drop, { random: () => 0.5 })).toBe(2000);
    expect(defaultReconnectDelay(30, drop, { random: () => 0.999 })).toBe(59_940);
    for (let attempt = 1; attempt < 12; attempt++) {
      const d = defaultReconnectDelay(attempt, drop);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(Math.min(60_000, 1000 * 2 ** (attempt - 1)));
    }
  });

  it('starts at 30 s or more after 4429 and stays within a few minutes', () => {
    const limited = new RateLimitedError('x', { closeCode: 4429 });
    expect(defaultReconnectDelay(1, limited, { random: () => 0 })).toBe(30_000);
    expect(defaultReconnectDelay(2, limited, { random: () => 0 })).toBe(60_000);
    expect(defaultReconnectDelay(20, limited, { random: () => 0.999 })).toBeLessThanOrEqual(360_000);
    expect(defaultReconnectDelay(1, new ConnectionClosedError('x', { closeCode: 4555 }))).toBe(0);
  });
});
