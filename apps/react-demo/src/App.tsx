import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CreatorPicker } from './components/CreatorPicker.js';
import { LivePanel } from './components/LivePanel.js';
import { pageCreator, type JwtLog } from '@tiktok-live-rx/demo-kit';
import type { LiveConfig } from '@tiktok-live-rx/demo-backend/client';

/** The whole page: header, creator picker, and the live panel of the picked creator. */
export function App({ config, jwtLog }: { config: LiveConfig; jwtLog: JwtLog }): ReactNode {
  const [creator, setCreator] = useState(() => pageCreator(window.location.search, config));

  // Keep `?creator=` in the address bar, so a reload (or a shared link) shows the same creator.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('creator') === creator) return;
    url.searchParams.set('creator', creator);
    window.history.replaceState(null, '', url);
  }, [creator]);

  return (
    <main className="app">
      <header className="top">
        <h1>
          tiktok-live-rx <span className="subtitle">React demo</span>
        </h1>
        <span className={`badge service service-${config.service}`} data-testid="service">
          {config.service === 'simulator' ? 'embedded simulator' : 'Euler Stream'}
        </span>
        <JwtInfo jwtLog={jwtLog} />
      </header>
      <CreatorPicker value={creator} suggestions={config.creators} onPick={setCreator} />
      {/* A new creator is a fresh panel: chat, gifts, combos and totals start empty. */}
      <LivePanel key={creator} creator={creator} />
      <footer className="foot">
        Events come straight from the service over one WebSocket per creator; the page gets a short-lived JWT for
        each connect from <code>/api/jwt</code>, and the API key stays on the server.
      </footer>
    </main>
  );
}

function JwtInfo({ jwtLog }: { jwtLog: JwtLog }): ReactNode {
  const activity = useSyncExternalStore(jwtLog.subscribe, jwtLog.getSnapshot);
  return (
    <span className="jwt-info" data-testid="jwt-info" title="Each connect attempt fetches a fresh JWT from the backend">
      🔑 {activity.count} JWT{activity.count === 1 ? '' : 's'} from <code>/api/jwt</code>
      {activity.lastUniqueId !== undefined && <> · last for @{activity.lastUniqueId}</>}
      {activity.lastError !== undefined && <span className="error-text"> · {activity.lastError}</span>}
    </span>
  );
}
