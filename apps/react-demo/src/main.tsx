/**
 * Entry point: asks the backend where to connect (`/api/live-config`), creates the one
 * `LiveClient` of the page (JWTs from `/api/jwt`, never an API key), and renders the dashboard,
 * or an overlay page on `/overlay/<kind>`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TikTokLiveProvider } from '@tiktok-live-rx/react';
import { createDemoClient, defaultCreator, overlayKindOf, parseOverlayParams } from '@tiktok-live-rx/demo-kit';
import { App } from './App.js';
import { loadLiveConfig } from '@tiktok-live-rx/demo-backend/client';
import { OverlayPage } from './overlays/OverlayPage.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const overlay = overlayKindOf(window.location.pathname);
// The overlays are transparent pages: they must not load the dashboard's page background.
// (Two statements: Vite's build merges the preloads of a conditional `import()` expression.)
if (overlay === undefined) await import('@tiktok-live-rx/demo-kit/dashboard.css');
else await import('@tiktok-live-rx/demo-kit/overlay.css');

try {
  const config = await loadLiveConfig();
  // Created once, outside React: a client is an inert registry until a hook subscribes.
  const { client, jwtLog } = createDemoClient(config);
  root.render(
    <StrictMode>
      <TikTokLiveProvider client={client}>
        {overlay === undefined ? (
          <App config={config} jwtLog={jwtLog} />
        ) : (
          <OverlayPage kind={overlay} params={parseOverlayParams(window.location.search, defaultCreator(config))} />
        )}
      </TikTokLiveProvider>
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <main className="app">
      <p className="notice notice-error" data-testid="startup-error">
        Could not start: {error instanceof Error ? error.message : String(error)}
      </p>
    </main>,
  );
}
