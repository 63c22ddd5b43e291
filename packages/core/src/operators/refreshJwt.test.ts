import { defer, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { AuthError, ConnectionClosedError } from '../errors.js';
import { refreshJwt } from './refreshJwt.js';

const expired = new AuthError('expired', { closeCode: 4401 });
const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('refreshJwt', () => {
  it('awaits a fresh token, then resubscribes once; a second auth error goes through', () => {
    const tokens: string[] = [];
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, expired);
      const minted = cold('--t|', { t: 'jwt-2' });
      const result = source.pipe(refreshJwt({ getJwt: () => minted, onJwt: (jwt) => tokens.push(jwt) }));
      expectObservable(result).toBe('----#', undefined, expired);
      expectSubscriptions(source.subscriptions).toBe(['^!', '---^!']);
      expectSubscriptions(minted.subscriptions).toBe('-^-!');
    });
    expect(tokens).toEqual(['jwt-2']);
  });

  it('allows another refresh once the source has emitted (a new session)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const sources = [cold('a#', { a: 1 }, expired), cold('b#', { b: 2 }, expired), cold<number>('#', undefined, expired)];
      let index = 0;
      const source: Observable<number> = defer(() => sources[index++]!);
      const result = source.pipe(refreshJwt({ getJwt: () => 'fresh' }));
      expectObservable(result).toBe('ab#', { a: 1, b: 2 }, expired);
    });
  });

  it('passes other errors through without asking for a token', () => {
    let asked = 0;
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const drop = new ConnectionClosedError('drop', { closeCode: 1006 });
      const source = cold('-#', undefined, drop);
      const result = source.pipe(
        refreshJwt({
          getJwt: () => {
            asked += 1;
            return 'x';
          },
        }),
      );
      expectObservable(result).toBe('-#', undefined, drop);
      expectSubscriptions(source.subscriptions).toBe('^!');
    });
    expect(asked).toBe(0);
  });

  it('accepts a promise-returning provider and a custom auth test', async () => {
    let subscriptions = 0;
    const source = defer(() => {
      subscriptions += 1;
      return subscriptions === 1 ? Promise.reject(new Error('token-expired')) : Promise.resolve('ok');
    });
    const value = await new Promise((resolve, reject) =>
      source
        .pipe(refreshJwt({ getJwt: async () => 'new', isAuthExpired: (e) => (e as Error).message === 'token-expired' }))
        .subscribe({ next: resolve, error: reject }),
    );
    expect(value).toBe('ok');
    expect(subscriptions).toBe(2);
  });
});
