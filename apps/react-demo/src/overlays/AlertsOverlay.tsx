import { useMemo, useState, type ReactNode } from 'react';
import { useLiveEvent, type LiveConnection } from '@tiktok-live-rx/react';
import { overlayAlerts, type OverlayAlertsState, type OverlayParams } from '@tiktok-live-rx/demo-kit';
import { Avatar } from '../components/Avatar.js';
import { GiftIcon } from '../components/GiftFeed.js';
import { formatCount } from '@tiktok-live-rx/demo-kit';

const EMPTY: OverlayAlertsState = { current: undefined, queued: 0, combos: [] };

/** `/overlay/alerts`: one animated alert at a time (gifts, follows, shares), live combo counts below. */
export function AlertsOverlay({ connection, params }: { connection: LiveConnection | undefined; params: OverlayParams }): ReactNode {
  const alerts$ = useMemo(
    () => (connection === undefined ? undefined : overlayAlerts(connection, { displayMs: params.seconds * 1000, maxQueued: params.limit })),
    [connection, params.seconds, params.limit],
  );
  const [state, setState] = useState(EMPTY);
  useLiveEvent(alerts$, setState);
  const { current, combos } = state;

  return (
    <div className="ov-alerts">
      {current !== undefined && (
        // Keyed per alert, so each one plays the entry animation.
        <div key={current.id} className={`ov-alert ov-alert-${current.kind}`} data-testid="alert" data-alert-kind={current.kind}>
          <Avatar url={current.avatarUrl} name={current.name} />
          {current.gift !== undefined ? (
            <span>
              <strong>{current.name}</strong> sent {current.gift.count > 1 ? `${current.gift.count}× ` : ''}
              {current.gift.name} <GiftIcon url={current.gift.imageUrl} /> · {formatCount(current.gift.diamonds)} 💎
            </span>
          ) : (
            <span>
              <strong>{current.name}</strong> {current.kind === 'follow' ? 'followed! ➕' : 'shared the stream! 🔁'}
            </span>
          )}
        </div>
      )}
      {combos.length > 0 && (
        <div className="ov-combos">
          {combos.map((combo) => (
            <span key={combo.key} className="ov-combo" data-testid="overlay-combo">
              <GiftIcon url={combo.imageUrl} /> {combo.name} · {combo.giftName}{' '}
              <span key={combo.count} className="ov-combo-count">
                ×{combo.count}
              </span>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
