// Shared Vitest settings: every package runs its tests from source through the
// `@tiktok-live-rx/source` export condition, so no build is needed first.
import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; on
// Node 20 that crash hid every failure message. The config is evaluated in the
// main process before any reporter runs, so a small polyfill here is enough.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

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
