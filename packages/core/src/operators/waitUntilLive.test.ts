import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { ConnectionClosedError, NotLiveError, StreamEndedError } from '../errors.js';
import { defaultWaitUntilLiveDelay, waitUntilLive, type WaitInfo } from './waitUntilLive.js';

const notLive = new NotLiveError('offline', { closeCode: 4404 });
const ended = new StreamEndedError('ended', { closeCode: 4005 });
const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const at = (frame: number, marble: string) => '-'.repeat(frame) + marble;

describe('waitUntilLive', () => {
  it('retries a not-live source on the wait schedule until it connects', () => {
    const waits: WaitInfo[] = [];
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, notLive);
      const result = source.pipe(waitUntilLive({ interval: 10, random: () => 0.5, onWait: (info) => waits.push(info) }));
      expectObservable(result, at(0, '^') + at(40, '!')).toBe('');
      // 10 ms ± 20 % with random 0.5 → exactly 10.
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(11, '^!'), at(22, '^!'), at(33, '^!')]);
    });
    expect(waits.map((w) => [w.attempt, w.delay])).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 10],
    ]);
  });

  it('re-arms after a stream end unless told not to', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a#', { a: 1 }, ended);
      expectObservable(source.pipe(waitUntilLive({ delay: 5 })), '^ 10ms !').toBe('a-----a----', { a: 1 });
      expectSubscriptions(source.subscriptions).toBe(['^!', '------^!']);
    });
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a#', { a: 1 }, ended);
      expectObservable(source.pipe(waitUntilLive({ delay: 5, rearmAfterEnd: false }))).toBe('a#', { a: 1 }, ended);
    });
  });

  it('asks isLive() after each wait and only reconnects when it says yes', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, notLive);
      const answers = [cold('-f|', { f: false }), cold('-t|', { t: true })];
      let asked = 0;
      const result = source.pipe(waitUntilLive({ delay: 5, isLive: () => answers[Math.min(asked++, 1)]! }));
      expectObservable(result, at(0, '^') + at(29, '!')).toBe('');
      // Error at 1, wait 5 → ask ("no" at 7), wait 5 → ask ("yes" at 13) → resubscribe at 13;
      // from then on each round is error (+1), wait (+5), "yes" (+1).
      expectSubscriptions(source.subscriptions).toBe([at(0, '^!'), at(13, '^!'), at(20, '^!'), at(27, '^!')]);
    });
  });

  it('lets other errors through', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const drop = new ConnectionClosedError('drop', { closeCode: 1006 });
      const source = cold('-#', undefined, drop);
      expectObservable(source.pipe(waitUntilLive({ delay: 1 }))).toBe('-#', undefined, drop);
      expectSubscriptions(source.subscriptions).toBe('^!');
    });
  });
});

describe('defaultWaitUntilLiveDelay', () => {
  it('jitters ±20 % around the interval', () => {
    expect(defaultWaitUntilLiveDelay(60_000, () => 0)).toBe(48_000);
    expect(defaultWaitUntilLiveDelay(60_000, () => 0.5)).toBe(60_000);
    expect(defaultWaitUntilLiveDelay(60_000, () => 1)).toBe(72_000);
  });
});
