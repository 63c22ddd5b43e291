import { useEffect, useRef, useState, type ReactNode } from 'react';
import { playRoomVideo, type RoomVideoState } from '@tiktok-live-rx/demo-kit';

/**
 * The creator's live video (hls.js). `live` is true while the connection is up: the player
 * starts then and stops on a stream end, a creator switch or unmount.
 */
export function RoomVideo({ creator, live }: { creator: string; live: boolean }): ReactNode {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<RoomVideoState>({ status: 'loading' });

  useEffect(() => {
    const element = video.current;
    if (element === null || !live) return;
    return playRoomVideo(element, creator, { onState: setState });
  }, [creator, live]);

  const shown: RoomVideoState = live ? state : { status: 'not-live', message: `@${creator} is not live` };
  return (
    <section className="card video">
      <h3>
        Room video <span className="muted">HLS via hls.js</span>
      </h3>
      <div className="video-box">
        <video ref={video} data-testid="room-video" data-status={shown.status} muted playsInline />
        {shown.status !== 'playing' && (
          <p className="video-state" data-testid="video-state">
            {shown.status === 'loading' ? 'Loading the video…' : shown.status === 'not-live' ? `📴 No video: ${shown.message ?? 'not live'}` : `⚠️ ${shown.message ?? 'no video'}`}
          </p>
        )}
      </div>
    </section>
  );
}
