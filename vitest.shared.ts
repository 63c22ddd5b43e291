// Shared Vitest settings: every package runs its tests from source through the
// `@tiktok-live-rx/source` export condition, so no build is needed first.
import { defineConfig } from 'vitest/config';

export const sourceCondition = '@tiktok-live-rx/source';

export default defineConfig({
  resolve: {
    conditions: [sourceCondition],
  },
  ssr: {
    resolve: {
      conditions: [sourceCondition],
    },
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // 2-core machines: keep the pool small so socket timing stays sane.
    maxWorkers: 2,
  },
});
