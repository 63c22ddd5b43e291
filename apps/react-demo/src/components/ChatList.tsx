import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { avatarUrl, chatSegments, displayName, useLiveEvents, userRoles, type LiveEventMap, type UserRoles } from '@tiktok-live-rx/react';
import type { Observable } from 'rxjs';
import { Avatar } from './Avatar.js';

type ChatMessage = LiveEventMap['WebcastChatMessage'];

/** Roles shown as badges, in this order. */
const ROLE_BADGES: ReadonlyArray<[keyof UserRoles, string]> = [
  ['anchor', 'host'],
  ['moderator', 'mod'],
  ['subscriber', 'sub'],
  ['topGifter', 'gifter'],
  ['friend', 'friend'],
];

/** The last 50 chat messages, with avatars, role badges and emotes; sticks to the bottom while you are there. */
export function ChatList({ chat$ }: { chat$: Observable<ChatMessage> | undefined }): ReactNode {
  const messages = useLiveEvents(chat$, { limit: 50 });
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);

  useLayoutEffect(() => {
    const element = list.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [messages]);

  return (
    <section className="card chat">
      <h3>
        Chat <span className="muted">last {messages.length}</span>
      </h3>
      <ol
        className="chat-list"
        ref={list}
        data-testid="chat-list"
        onScroll={(event) => {
          const element = event.currentTarget;
          pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        {messages.length === 0 && <li className="empty">No messages yet.</li>}
        {messages.map((message, index) => (
          <ChatLine key={message.common?.msgId ?? `i${index}`} message={message} />
        ))}
      </ol>
    </section>
  );
}

function ChatLine({ message }: { message: ChatMessage }): ReactNode {
  const name = displayName(message.user, 'someone');
  const roles = userRoles(message.user, message.userIdentity);
  return (
    <li className="chat-line" data-testid="chat-message">
      <Avatar url={avatarUrl(message.user)} name={name} />
      <div className="chat-body">
        <span className="chat-name">{name}</span>
        {ROLE_BADGES.filter(([role]) => roles[role]).map(([role, label]) => (
          <span key={role} className={`role role-${role}`} data-testid="role-badge">
            {label}
          </span>
        ))}
        <span className="chat-text" data-testid="chat-text">
          {chatSegments(message).map((segment, index) =>
            segment.kind === 'text' ? (
              <span key={index}>{segment.text}</span>
            ) : (
              <Emote key={index} url={segment.imageUrl} id={segment.emoteId} />
            ),
          )}
        </span>
      </div>
    </li>
  );
}

/** An emote's picture; a ◆ placeholder when it has none or it does not load. */
function Emote({ url, id }: { url: string | undefined; id: string }): ReactNode {
  const [failed, setFailed] = useState(false);
  if (url === undefined || failed) {
    return (
      <span className="emote-missing" title={`emote ${id}`} data-testid="emote">
        ◆
      </span>
    );
  }
  return <img className="emote" src={url} alt="" title={`emote ${id}`} data-testid="emote" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
}
