/**
 * The page's build: Vue single-file components, and the workspace packages resolved from their
 * TypeScript sources (`@tiktok-live-rx/source`), so nothing has to be built first. The backend
 * is not in here: the runner (`pnpm demo`) and the e2e test mount it, so `vite build` never
 * loads the simulator.
 */
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: {
    conditions: ['@tiktok-live-rx/source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
