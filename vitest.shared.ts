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
    // The JSON report feeds scripts/summarizeTests.mjs, which prints one
    // "N passed, N failed" line for the whole workspace at the end of `pnpm test`.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
