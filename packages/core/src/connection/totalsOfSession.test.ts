import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { LiveEventLike, SessionTotals } from '../operators/sessionTotals.js';
import { totalsOfSession } from './totalsOfSession.js';

const RESTART: LiveEventLike = { type: 'streamStart', data: undefined };
const join = (): LiveEventLike => ({ type: 'WebcastMemberMessage', data: { action: 1, user: { userId: String(Math.random()) } } });

describe('totalsOfSession', () => {
  it('starts from the initial totals once, starts from zero at each restart marker, and flushes then completes with its input', () => {
    const input = new Subject<LiveEventLike>();
    const seen: SessionTotals[] = [];
    let completed = false;
    let firstRun = true;
    const initial = { diamonds: 500 } as SessionTotals;
    input
      .pipe(
        totalsOfSession({ topN: 5, maxUsers: 100, initial }, RESTART, () => {
          const first = firstRun;
          firstRun = false;
          return first;
        }),
      )
      .subscribe({ next: (t) => seen.push(t), complete: () => (completed = true) });
    // The starting snapshot at once, from `initial`.
    expect(seen.map((t) => [t.diamonds, t.joins])).toEqual([[500, 0]]);
    input.next(join());
    input.next(RESTART);
    input.next(join());
    input.next(join());
    // The restart emits a zero snapshot (no `initial` the second time); the marker is not an event.
    expect(seen.map((t) => [t.diamonds, t.joins])).toEqual([
      [500, 0],
      [500, 1],
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    input.complete();
    expect(completed).toBe(true);
  });

  it('errors with its input', () => {
    const input = new Subject<LiveEventLike>();
    let error: unknown;
    input.pipe(totalsOfSession({ topN: 5, maxUsers: 100 }, RESTART, () => false)).subscribe({ error: (e: unknown) => (error = e) });
    const failure = new Error('session failed');
    input.error(failure);
    expect(error).toBe(failure);
  });
});
