import { useEffect, useState, type ReactNode } from 'react';
import { displayName, giftInfo, useLiveEvent, type GiftStreakUpdate } from '@tiktok-live-rx/react';
import type { Observable } from 'rxjs';
import { GiftIcon } from './GiftFeed.js';

/** How long a finished combo stays on screen. */
const LINGER_MS = 1500;
/** At most this many combos on screen (the oldest leave first). */
const MAX_COMBOS = 8;

/** One on-screen combo: the latest update of a streak, and when it ended. */
interface Combo {
  readonly update: GiftStreakUpdate;
  readonly endedAt: number | undefined;
}

/** Live combo counters from `giftStreak$`: `×1, ×2, ×3…` while a streak runs, gone shortly after it ends. */
export function ComboCounters({ giftStreak$ }: { giftStreak$: Observable<GiftStreakUpdate> | undefined }): ReactNode {
  const [combos, setCombos] = useState<readonly Combo[]>([]);
  // One setState per update; React batches the updates of one socket frame into one render.
  useLiveEvent(giftStreak$, (update) => setCombos((current) => upsert(current, update, Date.now())));

  const anyEnded = combos.some((combo) => combo.endedAt !== undefined);
  useEffect(() => {
    if (!anyEnded) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setCombos((current) => {
        const kept = current.filter((combo) => combo.endedAt === undefined || now - combo.endedAt < LINGER_MS);
        return kept.length === current.length ? current : kept;
      });
    }, 250);
    return () => clearInterval(timer);
  }, [anyEnded]);

  return (
    <section className="card combos">
      <h3>
        Combos <span className="muted">live streaks</span>
      </h3>
      <ul className="combo-list" data-testid="combo-list">
        {combos.length === 0 && <li className="empty">No streak running.</li>}
        {combos.map(({ update, endedAt }) => {
          const info = giftInfo(update.message);
          return (
            <li key={update.key} className={endedAt === undefined ? 'combo' : 'combo combo-ended'} data-testid="combo" data-ended={endedAt !== undefined}>
              <GiftIcon url={info.imageUrl} />
              <span className="combo-who">
                {displayName(update.message.user, 'someone')} · {info.name || `gift ${update.giftId}`}
              </span>
              {/* Re-keyed per count, so the pop animation plays on every increase. */}
              <span key={update.repeatCount} className="combo-count">
                ×{update.repeatCount}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function upsert(current: readonly Combo[], update: GiftStreakUpdate, now: number): readonly Combo[] {
  const combo: Combo = { update, endedAt: update.ended ? now : undefined };
  const index = current.findIndex((entry) => entry.update.key === update.key);
  if (index >= 0) return current.map((entry, i) => (i === index ? combo : entry));
  const next = [...current, combo];
  return next.length > MAX_COMBOS ? next.slice(next.length - MAX_COMBOS) : next;
}
