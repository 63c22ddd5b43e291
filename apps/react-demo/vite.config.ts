/**
 * The page's build: React with Fast Refresh, and the workspace packages resolved from their
 * TypeScript sources (`@tiktok-live-rx/source`), so nothing has to be built first.
 * The backend is not in here: `server/main.ts` adds it (`@tiktok-live-rx/demo-backend`) as a plugin, so `vite build` never
 * loads the simulator.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    conditions: ['@tiktok-live-rx/source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
