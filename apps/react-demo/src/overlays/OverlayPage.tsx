import { useLayoutEffect, type ReactNode } from 'react';
import { useTikTokLive } from '@tiktok-live-rx/react';
import type { OverlayKind, OverlayParams } from '@tiktok-live-rx/demo-kit';
import { AlertsOverlay } from './AlertsOverlay.js';
import { ChatOverlay } from './ChatOverlay.js';
import { GoalOverlay } from './GoalOverlay.js';
import { LeaderboardOverlay } from './LeaderboardOverlay.js';

/**
 * One overlay page for OBS: transparent, themed and scaled from the URL. It never shows the
 * connection status: a reconnect keeps what is on screen, and the streams carry on after it.
 */
export function OverlayPage({ kind, params }: { kind: OverlayKind; params: OverlayParams }): ReactNode {
  const { connection } = useTikTokLive(params.creator);

  useLayoutEffect(() => {
    const html = document.documentElement;
    html.classList.add('overlay', `overlay-theme-${params.theme}`);
    html.style.setProperty('--scale', String(params.scale));
    document.title = `${kind} overlay · @${params.creator}`;
  }, [kind, params]);

  return (
    <div className={`ov ov-page-${kind}`} data-testid="overlay" data-kind={kind} data-creator={params.creator}>
      {kind === 'alerts' && <AlertsOverlay connection={connection} params={params} />}
      {kind === 'chat' && <ChatOverlay connection={connection} params={params} />}
      {kind === 'goal' && <GoalOverlay connection={connection} params={params} />}
      {kind === 'leaderboard' && <LeaderboardOverlay connection={connection} params={params} />}
    </div>
  );
}
