import type { SessionTotals } from '@tiktok-live-rx/core';
import { asyncScheduler, distinctUntilChanged, filter, interval, map, Observable, scan, startWith, withLatestFrom, type SchedulerLike } from 'rxjs';

/** One sample of the viewer graph. */
export interface GraphPoint {
  /** Sample time (epoch ms). */
  readonly at: number;
  /** Viewers at that moment. */
  readonly viewers: number;
  /** Likes over the minute before it (scaled up while the session is younger than a minute). */
  readonly likesPerMinute: number;
}

/** Options of {@link viewerGraph}. */
export interface ViewerGraphOptions {
  /** Time between samples. @default 5000 */
  intervalMs?: number;
  /** At most this many samples are kept (the oldest leave first): 12 h at the default interval. @default 8640 */
  maxPoints?: number;
  /** Clock (tests). @default asyncScheduler */
  scheduler?: SchedulerLike;
}

const MINUTE_MS = 60_000;

/**
 * The viewer graph's series from `totals$`: every `intervalMs` a sample of the current viewers
 * and the likes per minute (the like total's growth over the last minute), as one immutable
 * array per sample. The first sample comes at once, unless nothing is known yet (zero viewers and
 * likes): the series starts with the first real numbers.
 */
export function viewerGraph(totals$: Observable<SessionTotals>, options: ViewerGraphOptions = {}): Observable<readonly GraphPoint[]> {
  const { intervalMs = 5000, maxPoints = 8640, scheduler = asyncScheduler } = options;
  interface Sample {
    readonly at: number;
    readonly likes: number;
  }
  return interval(intervalMs, scheduler).pipe(
    startWith(-1),
    withLatestFrom(totals$),
    map(([, totals]) => ({ at: scheduler.now(), totals })),
    scan(
      (state, { at, totals }) => {
        const likes = totals.likes.total;
        // Like totals of the last minute, to measure the growth against.
        const history = [...state.history.filter((sample) => sample.at >= at - MINUTE_MS), { at, likes }];
        const oldest = history[0] as Sample;
        const span = at - oldest.at;
        const likesPerMinute = span <= 0 ? 0 : Math.round((Math.max(0, likes - oldest.likes) * MINUTE_MS) / span);
        // Nothing known yet (the zero snapshot before the room's first numbers): no point, so
        // the line does not start with a false drop to zero.
        if (state.points.length === 0 && totals.viewers.current === 0 && likes === 0) return { history, points: state.points };
        const point: GraphPoint = { at, viewers: totals.viewers.current, likesPerMinute };
        const points = [...state.points, point];
        return { history, points: points.length > maxPoints ? points.slice(points.length - maxPoints) : points };
      },
      { history: [] as readonly Sample[], points: [] as readonly GraphPoint[] },
    ),
    map((state) => state.points),
    // A skipped sample keeps the same array: emit only new ones.
    distinctUntilChanged(),
    filter((points) => points.length > 0),
  );
}

/** SVG path data for one series of the graph, scaled into `width` × `height` (y grows downwards). */
export function graphPath(points: readonly GraphPoint[], value: (point: GraphPoint) => number, width: number, height: number): { d: string; max: number } {
  const max = Math.max(1, ...points.map(value));
  if (points.length === 0) return { d: '', max };
  // 10 % headroom, so a flat line at the maximum stays visible under the top edge.
  const top = max * 1.1;
  const first = (points[0] as GraphPoint).at;
  const span = Math.max(1, (points[points.length - 1] as GraphPoint).at - first);
  const d = points
    .map((point, index) => {
      const x = points.length === 1 ? width : ((point.at - first) / span) * width;
      const y = height - (value(point) / top) * height;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return { d, max };
}
