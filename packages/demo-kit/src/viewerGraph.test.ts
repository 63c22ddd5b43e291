import type { SessionTotals } from '@tiktok-live-rx/core';
import { BehaviorSubject, last, take } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { graphPath, viewerGraph } from './viewerGraph.js';

function totals(viewers: number, likes: number): SessionTotals {
  return {
    diamonds: 0,
    giftCount: 0,
    topGifters: [],
    likes: { total: likes, counted: likes, byUser: [] },
    follows: 0,
    shares: 0,
    joins: 0,
    viewers: { current: viewers, peak: viewers },
    startedAt: 0,
    updatedAt: 0,
  };
}

describe('viewerGraph', () => {
  it('samples viewers and the likes of the last minute every interval', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const totals$ = new BehaviorSubject(totals(10, 0));
      // 30 s in: 12 viewers, 100 likes; 90 s in: 20 viewers, 400 likes.
      scheduler.schedule(() => totals$.next(totals(12, 100)), 25_000);
      scheduler.schedule(() => totals$.next(totals(20, 400)), 85_000);
      const points$ = viewerGraph(totals$, { intervalMs: 30_000, scheduler }).pipe(take(4), last());
      expectObservable(points$).toBe('90s (a|)', {
        a: [
          { at: 0, viewers: 10, likesPerMinute: 0 },
          { at: 30_000, viewers: 12, likesPerMinute: 200 }, // 100 likes in 30 s
          { at: 60_000, viewers: 12, likesPerMinute: 100 }, // 100 likes in the last minute
          { at: 90_000, viewers: 20, likesPerMinute: 300 }, // 400 − 100 (at 30 s), over 60 s
        ],
      });
    });
  });

  it('starts with the first real numbers, not with the zero snapshot', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const totals$ = new BehaviorSubject(totals(0, 0));
      scheduler.schedule(() => totals$.next(totals(7, 0)), 1500);
      const points$ = viewerGraph(totals$, { intervalMs: 1000, scheduler }).pipe(take(2));
      expectObservable(points$).toBe('2000ms a 999ms (b|)', {
        a: [{ at: 2000, viewers: 7, likesPerMinute: 0 }],
        b: [
          { at: 2000, viewers: 7, likesPerMinute: 0 },
          { at: 3000, viewers: 7, likesPerMinute: 0 },
        ],
      });
    });
  });

  it('keeps at most maxPoints samples', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable }) => {
      const points$ = viewerGraph(new BehaviorSubject(totals(1, 0)), { intervalMs: 1000, maxPoints: 2, scheduler }).pipe(take(4));
      expectObservable(points$, '^ 3500ms !').toBe('a 999ms b 999ms c 999ms (d|)', {
        a: [{ at: 0, viewers: 1, likesPerMinute: 0 }],
        b: [
          { at: 0, viewers: 1, likesPerMinute: 0 },
          { at: 1000, viewers: 1, likesPerMinute: 0 },
        ],
        c: [
          { at: 1000, viewers: 1, likesPerMinute: 0 },
          { at: 2000, viewers: 1, likesPerMinute: 0 },
        ],
        d: [
          { at: 2000, viewers: 1, likesPerMinute: 0 },
          { at: 3000, viewers: 1, likesPerMinute: 0 },
        ],
      });
    });
  });
});

describe('graphPath', () => {
  it('scales a series into the box, the highest value 10 % under the top', () => {
    const points = [
      { at: 0, viewers: 0, likesPerMinute: 0 },
      { at: 50, viewers: 11, likesPerMinute: 0 },
      { at: 100, viewers: 22, likesPerMinute: 0 },
    ];
    expect(graphPath(points, (p) => p.viewers, 200, 110)).toEqual({ d: 'M0.0,110.0 L100.0,60.0 L200.0,10.0', max: 22 });
    expect(graphPath([], (p) => p.viewers, 200, 100)).toEqual({ d: '', max: 1 });
  });
});
