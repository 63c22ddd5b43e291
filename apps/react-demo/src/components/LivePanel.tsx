import { useState, type ReactNode } from 'react';
import { useTikTokLive } from '@tiktok-live-rx/react';
import { ChatList } from './ChatList.js';
import { ComboCounters } from './ComboCounters.js';
import { GiftFeed } from './GiftFeed.js';
import { LiveNotice } from './LiveNotice.js';
import { OverlayBuilder } from './OverlayBuilder.js';
import { RoomVideo } from './RoomVideo.js';
import { ViewerGraph } from './ViewerGraph.js';
import { RoomHeader } from './RoomHeader.js';
import { StatusBadge } from './StatusBadge.js';
import { TotalsPanel } from './TotalsPanel.js';

/** Everything about one creator. Every part shares the creator's one socket. */
export function LivePanel({ creator }: { creator: string }): ReactNode {
  // Set on a stream end, cleared when the next stream connects: tells "ended, waiting for the
  // next stream" apart from "not live yet" while the client waits.
  const [streamEnded, setStreamEnded] = useState(false);
  const live = useTikTokLive(creator, {
    onStreamEnd: () => setStreamEnded(true),
    onRoomInfo: () => setStreamEnded(false),
  });

  return (
    <section className="panel" data-testid="live-panel" data-creator={creator}>
      <div className="room-bar">
        <RoomHeader live={live} />
        <StatusBadge live={live} />
      </div>
      <LiveNotice live={live} streamEnded={streamEnded} />
      <div className="media-row">
        <RoomVideo creator={creator} live={live.status === 'connected'} />
        <ViewerGraph totals$={live.connection?.totals$} />
      </div>
      <div className="grid">
        <ChatList chat$={live.connection?.chat$} />
        <div className="column">
          <ComboCounters giftStreak$={live.connection?.giftStreak$} />
          <GiftFeed giftFinal$={live.connection?.giftFinal$} />
        </div>
        <TotalsPanel totals$={live.connection?.totals$} />
      </div>
      <OverlayBuilder creator={creator} />
    </section>
  );
}
