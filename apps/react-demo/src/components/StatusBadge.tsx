import type { ReactNode } from 'react';
import { closeCodeName, type UseTikTokLiveReturn } from '@tiktok-live-rx/react';

/** `connected`, `reconnecting · attempt 2 · close 1006` … as a coloured badge. */
export function StatusBadge({ live }: { live: UseTikTokLiveReturn }): ReactNode {
  const { status, attempt, closeCode } = live;
  const closeName = closeCode === undefined ? undefined : closeCodeName(closeCode);
  return (
    <span className={`badge status status-${status}`} data-testid="status" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {status}
      {attempt > 0 && <span data-testid="status-attempt"> · attempt {attempt}</span>}
      {closeCode !== undefined && (
        <span data-testid="status-close" title={closeName}>
          {' '}
          · close {closeCode}
          {closeName !== undefined && ` ${closeName}`}
        </span>
      )}
    </span>
  );
}
