/**
 * End to end: the production build of the React dashboard, served with the demo backend in
 * front, against the embedded simulator, in Debian's Chromium (playwright-core). The suite is
 * shared with the Vue demo (`@tiktok-live-rx/demo-kit/testing`). Screenshots: `e2e-artifacts/`.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dashboardSuite } from '@tiktok-live-rx/demo-kit/testing';
import { createLiveBackend } from '@tiktok-live-rx/demo-backend';
import { serveDemoBuild } from '@tiktok-live-rx/demo-backend/testing';

/** A distinctive key, so a leak anywhere is unmistakable. */
const API_KEY = `demo-secret-${randomUUID()}`;

dashboardSuite({
  name: 'React',
  apiKey: API_KEY,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  artifactsDir: fileURLToPath(new URL('../e2e-artifacts/', import.meta.url)),
  startBackend: () => createLiveBackend({ env: {}, simulator: { seed: 7, apiKeys: [API_KEY] } }),
  serve: (root, backend) => serveDemoBuild({ root, backend }),
});
