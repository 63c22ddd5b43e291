/**
 * End to end: the Vue demo's overlay pages (production build) in Chromium, with the suite shared
 * with the React demo. Screenshots: `e2e-artifacts/`.
 */
import { fileURLToPath } from 'node:url';
import { overlaySuite } from '@tiktok-live-rx/demo-kit/testing';
import { createLiveBackend } from '@tiktok-live-rx/demo-backend';
import { serveDemoBuild } from '@tiktok-live-rx/demo-backend/testing';

overlaySuite({
  name: 'Vue',
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  artifactsDir: fileURLToPath(new URL('../e2e-artifacts/', import.meta.url)),
  startBackend: () => createLiveBackend({ env: {}, simulator: { seed: 8 } }),
  serve: (root, backend) => serveDemoBuild({ root, backend }),
});
