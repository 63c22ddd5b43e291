import type { ReactNode } from 'react';
import { useLiveEvents, type SessionTotals } from '@tiktok-live-rx/react';
import type { Observable } from 'rxjs';
import { formatCount, plural } from '@tiktok-live-rx/demo-kit';
import { Avatar } from './Avatar.js';

/** Session totals from `totals$`: diamonds, top gifters, likes, follows, shares, joins, viewers. */
export function TotalsPanel({ totals$ }: { totals$: Observable<SessionTotals> | undefined }): ReactNode {
  // The latest snapshot only, rendered at most once per animation frame however busy the room is.
  const totals = useLiveEvents(totals$, { limit: 1 }).at(-1);
  const stat = (label: string, value: number | undefined, testId: string): ReactNode => (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value === undefined ? '–' : formatCount(value)}</dd>
    </div>
  );
  return (
    <section className="card totals" data-testid="totals">
      <h3>
        Session totals <span className="muted">since you started watching</span>
      </h3>
      <div className="diamond-total">
        <span data-testid="total-diamonds">{totals === undefined ? '–' : formatCount(totals.diamonds)}</span> 💎
        <span className="muted"> from {totals === undefined ? '– gifts' : plural(totals.giftCount, 'gift')}</span>
      </div>
      <dl className="stats">
        {stat('❤️ likes', totals?.likes.total, 'total-likes')}
        {stat('➕ follows', totals?.follows, 'total-follows')}
        {stat('🔁 shares', totals?.shares, 'total-shares')}
        {stat('👋 joins', totals?.joins, 'total-joins')}
        {stat('👀 viewers', totals?.viewers.current, 'total-viewers')}
        {stat('📈 peak viewers', totals?.viewers.peak, 'peak-viewers')}
      </dl>
      <h4>Top gifters</h4>
      <ol className="top-gifters" data-testid="top-gifters">
        {(totals?.topGifters.length ?? 0) === 0 && <li className="empty">Nobody yet.</li>}
        {totals?.topGifters.map((gifter) => (
          <li key={gifter.userId}>
            <Avatar url={gifter.avatarUrl} name={gifter.nickname || gifter.userId} />
            <span className="gifter-name">
              {gifter.nickname || gifter.userId}
              {gifter.uniqueId !== undefined && <span className="gifter-handle"> @{gifter.uniqueId}</span>}
            </span>
            <span className="diamonds">{formatCount(gifter.diamonds)} 💎</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
