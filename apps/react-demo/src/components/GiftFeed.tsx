import { useState, type ReactNode } from 'react';
import { displayName, giftInfo, useLiveEvents, type FinalGift } from '@tiktok-live-rx/react';
import type { Observable } from 'rxjs';
import { formatCount } from '@tiktok-live-rx/demo-kit';

/** One line per finished streak or single gift (`giftFinal$`), newest first. */
export function GiftFeed({ giftFinal$ }: { giftFinal$: Observable<FinalGift> | undefined }): ReactNode {
  const gifts = useLiveEvents(giftFinal$, { limit: 30 });
  return (
    <section className="card gifts">
      <h3>
        Gifts <span className="muted">one line per streak</span>
      </h3>
      <ol className="gift-list" data-testid="gift-list">
        {gifts.length === 0 && <li className="empty">No gifts yet.</li>}
        {gifts
          .map((gift, index) => <GiftLine key={gift.message.common?.msgId ?? `${gift.userId}|${gift.groupId}|${index}`} gift={gift} />)
          .reverse()}
      </ol>
    </section>
  );
}

function GiftLine({ gift }: { gift: FinalGift }): ReactNode {
  const info = giftInfo(gift.message);
  return (
    <li className="gift-line" data-testid="gift-line" data-ended-by={gift.endedBy}>
      <GiftIcon url={info.imageUrl} />
      <span className="gift-text">
        <strong>{displayName(gift.message.user, 'someone')}</strong> sent {info.name || `gift ${gift.giftId}`}{' '}
        <span className="gift-count">×{gift.repeatCount}</span>
        {gift.endedBy === 'timeout' && <span className="muted"> (streak end never came)</span>}
      </span>
      <span className="diamonds">{formatCount(gift.totalDiamonds)} 💎</span>
    </li>
  );
}

/** The gift's picture, or a 🎁 when it has none or it does not load. */
export function GiftIcon({ url }: { url: string | undefined }): ReactNode {
  const [failed, setFailed] = useState(false);
  return url === undefined || failed ? (
    <span className="gift-icon" aria-hidden="true">
      🎁
    </span>
  ) : (
    <img className="gift-icon" src={url} alt="" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
  );
}
