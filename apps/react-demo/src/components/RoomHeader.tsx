import type { ReactNode } from 'react';
import type { UseTikTokLiveReturn } from '@tiktok-live-rx/react';
import { Avatar } from './Avatar.js';
import { formatCount } from '@tiktok-live-rx/demo-kit';

/** Room title, host, viewers and likes from the snapshot. */
export function RoomHeader({ live }: { live: UseTikTokLiveReturn }): ReactNode {
  const raw = live.roomInfo?.raw;
  const owner = raw?.owner;
  const hostName = owner?.nickname ?? owner?.display_id ?? live.uniqueId;
  return (
    <div className="room">
      <Avatar url={owner?.avatar_thumb?.url_list?.[0]} name={hostName} size="large" />
      <div>
        <h2 className="room-title" data-testid="room-title">
          {raw?.title ?? (live.roomInfo ? 'Untitled live' : `@${live.uniqueId}`)}
        </h2>
        <p className="room-meta">
          <span>@{live.uniqueId}</span>
          {owner?.nickname !== undefined && <span> · {owner.nickname}</span>}
          <span data-testid="viewer-count"> · 👀 {live.viewerCount === undefined ? '–' : formatCount(live.viewerCount)} viewers</span>
          <span> · ❤️ {live.likeTotal === undefined ? '–' : formatCount(live.likeTotal)} likes</span>
        </p>
      </div>
    </div>
  );
}
