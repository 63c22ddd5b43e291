/**
 * Issue 10, "pay for what you use": the size of what a browser app loads first, against the
 * budgets. Prints the measured numbers so each run records them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, CHAT_ONLY_FEATURE_MODULES, FEATURE_MODULES, FIRST_LOAD_SHARES, LOADED_ON_FIRST_USE, STILL_IN_FIRST_LOAD } from './budgets.js';
import { firstLoadBytes, formatKb, measureBundle, type BundleSize } from './measureBundle.js';

let core: BundleSize;
let coreStore: BundleSize;
let react: BundleSize;
let vue: BundleSize;

beforeAll(async () => {
  [core, coreStore, react, vue] = await Promise.all([
    measureBundle('coreChat', CHAT_ONLY_FEATURE_MODULES),
    measureBundle('coreStore', FEATURE_MODULES),
    measureBundle('reactChat', FEATURE_MODULES),
    measureBundle('vueChat', FEATURE_MODULES),
  ]);
  const line = (name: string, size: BundleSize) =>
    `${name}: ${formatKb(size.minBytes)} min, ${formatKb(size.gzipBytes)} gzip first load, ${formatKb(size.onConnectGzipBytes)} gzip once connected${size.onConnectLazyChunks.length > 0 ? ` (with lazy ${size.onConnectLazyChunks.join(', ')})` : ''} (+ ${formatKb(size.lazyMinBytes)} min in all lazy chunks)`;
  const target = core.onConnectGzipBytes <= BUDGETS.coreChatGzipTarget ? 'met' : 'NOT met';
  const stillIn = STILL_IN_FIRST_LOAD.filter((path) => core.initialInputs.includes(path));
  console.log(
    [
      `[size-check] ${line('createLiveClient + chat$', core)}; target ${formatKb(BUDGETS.coreChatGzipTarget)} ${target} (stretch ${formatKb(BUDGETS.coreChatGzipStretch)}), ceiling ${formatKb(BUDGETS.coreChatGzipCeiling)}`,
      `[size-check] ${line('+ store (chat$ and connection.store)', coreStore)}; the store adds ${formatKb(coreStore.onConnectGzipBytes - core.onConnectGzipBytes)} gzip once connected`,
      `[size-check] ${line('+ React binding', react)}; adds ${formatKb(react.onConnectGzipBytes - coreStore.onConnectGzipBytes)} gzip to the store app (budget ${formatKb(BUDGETS.bindingGzip)})`,
      `[size-check] ${line('+ Vue binding', vue)}; adds ${formatKb(vue.onConnectGzipBytes - coreStore.onConnectGzipBytes)} gzip to the store app (budget ${formatKb(BUDGETS.bindingGzip)})`,
      `[size-check] still in the first load: ${stillIn.length > 0 ? stillIn.join(', ') : 'nothing'}`,
      `[size-check] shares of the first load (min): ${Object.entries(FIRST_LOAD_SHARES)
        .map(([name, pattern]) => `${name} ${formatKb(firstLoadBytes(core, pattern))}`)
        .join(', ')}`,
    ].join('\n'),
  );
}, 60_000);

describe('bundle-size budgets', () => {
  it('createLiveClient + chat$ (rxjs included), all it loads once connected, stays under the enforced ceiling', () => {
    expect(core.initialInputs.some((path) => path.includes('node_modules/.pnpm/rxjs@'))).toBe(true);
    expect(core.gzipBytes).toBeLessThanOrEqual(core.onConnectGzipBytes);
    expect(core.onConnectGzipBytes).toBeLessThanOrEqual(BUDGETS.coreChatGzipCeiling);
  });

  it('streaks, totals, the live probe (REST) and recording are not in what loads first', () => {
    expect(LOADED_ON_FIRST_USE.filter((path) => core.initialInputs.includes(path))).toEqual([]);
    expect(core.lazyMinBytes).toBeGreaterThan(0);
  });

  it('the snapshot store loads on first use: in neither the first load nor the connected size of a chat-only app', () => {
    for (const path of ['packages/core/src/liveStore.ts', 'packages/core/src/notifyManager.ts', 'packages/core/src/connection/connectionStore.ts']) {
      expect(core.initialInputs).not.toContain(path);
      expect(coreStore.initialInputs).not.toContain(path);
    }
    expect(coreStore.onConnectGzipBytes).toBeGreaterThan(core.onConnectGzipBytes);
  });

  it('each binding adds at most its budget to an app that uses chat$ and the store (what the binding bridges)', () => {
    expect(react.onConnectGzipBytes - coreStore.onConnectGzipBytes).toBeLessThanOrEqual(BUDGETS.bindingGzip);
    expect(vue.onConnectGzipBytes - coreStore.onConnectGzipBytes).toBeLessThanOrEqual(BUDGETS.bindingGzip);
  });
});
