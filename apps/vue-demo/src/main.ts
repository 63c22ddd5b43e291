/**
 * Entry point: asks the backend where to connect (`/api/live-config`), creates the one
 * `LiveClient` of the page (JWTs from `/api/jwt`, never an API key), and mounts the dashboard,
 * or an overlay page on `/overlay/<kind>`.
 */
import { createApp, h } from 'vue';
import { TikTokLivePlugin } from '@tiktok-live-rx/vue';
import { loadLiveConfig } from '@tiktok-live-rx/demo-backend/client';
import { createDemoClient, defaultCreator, overlayKindOf, parseOverlayParams } from '@tiktok-live-rx/demo-kit';
import App from './App.vue';
import OverlayPage from './overlays/OverlayPage.vue';

const overlay = overlayKindOf(window.location.pathname);
// The overlays are transparent pages: they must not load the dashboard's page background.
// (Two statements: Vite's build merges the preloads of a conditional `import()` expression.)
if (overlay === undefined) await import('@tiktok-live-rx/demo-kit/dashboard.css');
else await import('@tiktok-live-rx/demo-kit/overlay.css');

try {
  const config = await loadLiveConfig();
  // Created once, outside Vue: a client is an inert registry until a composable subscribes.
  const { client, jwtLog } = createDemoClient(config);
  const root =
    overlay === undefined
      ? () => h(App, { config, jwtLog })
      : () => h(OverlayPage, { kind: overlay, params: parseOverlayParams(window.location.search, defaultCreator(config)) });
  createApp({ render: root }).use(TikTokLivePlugin, { client }).mount('#app');
} catch (error) {
  createApp({
    render: () =>
      h('main', { class: 'app' }, [
        h('p', { class: 'notice notice-error', 'data-testid': 'startup-error' }, `Could not start: ${error instanceof Error ? error.message : String(error)}`),
      ]),
  }).mount('#app');
}
