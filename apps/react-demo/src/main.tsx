/**
 * Entry point: asks the backend where to connect (`/api/live-config`), creates the one
 * `LiveClient` of the page (JWTs from `/api/jwt`, never an API key), and renders the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TikTokLiveProvider } from '@tiktok-live-rx/react';
import { App } from './App.js';
import { createDemoClient } from './createDemoClient.js';
import { loadLiveConfig } from '@tiktok-live-rx/demo-backend/client';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);

try {
  const config = await loadLiveConfig();
  // Created once, outside React: a client is an inert registry until a hook subscribes.
  const { client, jwtLog } = createDemoClient(config);
  root.render(
    <StrictMode>
      <TikTokLiveProvider client={client}>
        <App config={config} jwtLog={jwtLog} />
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
