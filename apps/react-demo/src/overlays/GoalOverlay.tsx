import type { ReactNode } from 'react';
import { useLiveEvents, type LiveConnection } from '@tiktok-live-rx/react';
import { formatCount, type OverlayParams } from '@tiktok-live-rx/demo-kit';

/** `/overlay/goal`: the session's diamonds against `goal`, as a filling bar. */
export function GoalOverlay({ connection, params }: { connection: LiveConnection | undefined; params: OverlayParams }): ReactNode {
  const diamonds = useLiveEvents(connection?.totals$, { limit: 1 }).at(-1)?.diamonds ?? 0;
  const percent = Math.min(100, (diamonds / params.goal) * 100);
  return (
    <div className="ov-goal" data-testid="goal" data-diamonds={diamonds}>
      <div className="ov-goal-label">
        <span>💎 Diamond goal</span>
        <span data-testid="goal-text">
          {formatCount(diamonds)} / {formatCount(params.goal)}
        </span>
      </div>
      <div className="ov-goal-track">
        <div className="ov-goal-fill" data-testid="goal-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
