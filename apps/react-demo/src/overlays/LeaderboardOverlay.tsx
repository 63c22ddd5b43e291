import type { ReactNode } from 'react';
import { useLiveEvents, type LiveConnection } from '@tiktok-live-rx/react';
import { formatCount, type OverlayParams } from '@tiktok-live-rx/demo-kit';
import { Avatar } from '../components/Avatar.js';

/** `/overlay/leaderboard`: the top `limit` gifters of the session (from `totals$`). */
export function LeaderboardOverlay({ connection, params }: { connection: LiveConnection | undefined; params: OverlayParams }): ReactNode {
  const gifters = useLiveEvents(connection?.totals$, { limit: 1 }).at(-1)?.topGifters ?? [];
  return (
    <div>
      <p className="ov-title">🏆 Top gifters</p>
      <ol className="ov-board" data-testid="leaderboard">
        {gifters.slice(0, params.limit).map((gifter, index) => (
          <li key={gifter.userId} className="ov-board-row" data-testid="leaderboard-row">
            <span className="ov-board-rank">{index + 1}</span>
            <Avatar url={gifter.avatarUrl} name={gifter.nickname || gifter.userId} />
            <span className="ov-board-name">
              {gifter.nickname || gifter.userId}
              {gifter.uniqueId !== undefined && <span className="ov-board-handle">@{gifter.uniqueId}</span>}
            </span>
            <span className="ov-board-diamonds">{formatCount(gifter.diamonds)} 💎</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
