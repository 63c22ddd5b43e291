import type { CSSProperties, ReactNode } from 'react';
import { chatSegments, displayName, useLiveEvents, type LiveConnection } from '@tiktok-live-rx/react';
import type { OverlayParams } from '@tiktok-live-rx/demo-kit';
import { Avatar } from '../components/Avatar.js';
import { avatarUrl } from '@tiktok-live-rx/react';

/** `/overlay/chat`: the last `limit` messages; each fades out `seconds × 4` after it arrived. */
export function ChatOverlay({ connection, params }: { connection: LiveConnection | undefined; params: OverlayParams }): ReactNode {
  const messages = useLiveEvents(connection?.chat$, { limit: params.limit });
  const style = { '--fade-after': `${params.seconds * 4}s` } as CSSProperties;
  return (
    <ol className="ov-chat" style={style} data-testid="overlay-chat">
      {messages.map((message, index) => {
        const name = displayName(message.user, 'someone');
        return (
          <li key={message.common?.msgId ?? `i${index}`} className="ov-chat-line" data-testid="overlay-chat-line">
            <Avatar url={avatarUrl(message.user)} name={name} />
            <span>
              <span className="ov-chat-name">{name}</span>
              {chatSegments(message).map((segment, i) =>
                segment.kind === 'text' ? <span key={i}>{segment.text}</span> : segment.imageUrl === undefined ? <span key={i}>◆</span> : <img key={i} className="ov-emote" src={segment.imageUrl} alt="" />,
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
