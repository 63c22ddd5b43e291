import { useMemo, type ReactNode } from 'react';
import { useLiveEvents, type SessionTotals } from '@tiktok-live-rx/react';
import { formatCount, graphPath, viewerGraph } from '@tiktok-live-rx/demo-kit';
import type { Observable } from 'rxjs';

const WIDTH = 400;
const HEIGHT = 120;

/** Viewers and likes per minute over the session: two lines of hand-made SVG, a sample every 5 s. */
export function ViewerGraph({ totals$ }: { totals$: Observable<SessionTotals> | undefined }): ReactNode {
  const points$ = useMemo(() => (totals$ === undefined ? undefined : viewerGraph(totals$)), [totals$]);
  const points = useLiveEvents(points$, { limit: 1 }).at(-1) ?? [];
  const viewers = graphPath(points, (point) => point.viewers, WIDTH, HEIGHT);
  const likes = graphPath(points, (point) => point.likesPerMinute, WIDTH, HEIGHT);
  const last = points.at(-1);
  return (
    <section className="card graph" data-testid="viewer-graph" data-points={points.length}>
      <h3>
        Viewers &amp; likes <span className="muted">this session, every 5 s</span>
      </h3>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="viewers and likes per minute over time">
        <line className="axis" x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} />
        <path className="line-viewers" d={viewers.d} data-testid="graph-viewers" />
        <path className="line-likes" d={likes.d} data-testid="graph-likes" />
      </svg>
      <p className="legend">
        {last === undefined ? (
          <span>Waiting for the room's first viewer count…</span>
        ) : (
          <>
            <span className="legend-viewers">━ viewers {formatCount(last.viewers)} (max {formatCount(viewers.max)})</span>
            <span className="legend-likes">━ likes/min {formatCount(last.likesPerMinute)} (max {formatCount(likes.max)})</span>
          </>
        )}
      </p>
    </section>
  );
}
