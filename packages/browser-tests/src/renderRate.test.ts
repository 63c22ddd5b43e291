/**
 * Issue 10: in a browser a component renders at most once per animation frame however fast
 * frames arrive. 2,000 chats/s in 20-item bundles from the simulator go into a panel using
 * `useTikTokLive` + `useLiveEvents` (React, counted with `<Profiler onRender>`; Vue, counted
 * with `onUpdated`) in headless Chromium; commits per animation frame must be ≤ 1 on
 * average, and every chat must reach a committed list. The per-microtask scheduler (the
 * behaviour before, `notifyManager.setScheduler(queueMicrotask)`) is measured alongside and
 * only logged, as the baseline.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createSimulator, type Simulator } from '@tiktok-live-rx/simulator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderRateConfig, RenderRateView } from '../fixtures/renderRateProbe.js';
import { bundleForBrowser } from './bundleCoreForBrowser.js';
import { createPageServer, type PageServer } from './createPageServer.js';
import { launchChromium, type ChromiumHandle } from './launchChromium.js';

const CREATOR = 'burst_creator';
const BUNDLE = 20;
const BUNDLES_PER_SECOND = 100; // 2,000 chats/s
const SECONDS = 3;
const WAIT_MS = 30_000;

const ENTRIES = {
  react: fileURLToPath(new URL('../fixtures/renderRateReact.tsx', import.meta.url)),
  vue: fileURLToPath(new URL('../fixtures/renderRateVue.ts', import.meta.url)),
} as const;
type Framework = keyof typeof ENTRIES;
/** React's profiling build: production speed, and `<Profiler onRender>` still runs. */
const REACT_DOM_PROFILING = createRequire(import.meta.url).resolve('react-dom/profiling');

let sim: Simulator | undefined;
let browser: ChromiumHandle | undefined;
const servers: PageServer[] = [];
let nextSeq = 0;

beforeAll(async () => {
  sim = await createSimulator({ port: 0, seed: 3, creators: [{ uniqueId: CREATOR, live: true, scenario: 'silent' }] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  await sim?.close();
});

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('not set up (see beforeAll)');
  return value;
}

/** Injects `BUNDLES_PER_SECOND` bundles of `BUNDLE` numbered chats per second for `SECONDS`, catching up after a late timer. */
async function burst(): Promise<{ first: number; count: number }> {
  const first = nextSeq;
  const total = BUNDLES_PER_SECOND * SECONDS;
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * BUNDLES_PER_SECOND) + 1);
    for (; sent < due; sent++) {
      need(sim).inject(
        CREATOR,
        Array.from({ length: BUNDLE }, () => {
          const seq = nextSeq++;
          return { type: 'WebcastChatMessage', data: { comment: `#${seq}`, user: { userId: String(5000 + (seq % 50)), uniqueId: `fan${seq % 50}`, nickname: `Fan ${seq % 50}` } } };
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 / BUNDLES_PER_SECOND));
  }
  return { first, count: nextSeq - first };
}

async function measure(framework: Framework, scheduler: RenderRateConfig['scheduler']): Promise<RenderRateView & { sent: number }> {
  const bundle = await bundleForBrowser(ENTRIES[framework], 'production', framework === 'react' ? { 'react-dom/client': REACT_DOM_PROFILING } : {});
  const server = await createPageServer({ bundle: bundle.code, jwtUpstream: need(sim).httpUrl, apiKey: need(sim).apiKey });
  servers.push(server);
  const page: Page = await need(browser).context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => window.renderRate !== undefined, undefined, { timeout: WAIT_MS });
    const jwt = await need(sim).createJwt({ expireAfter: 300, websockets: { allowedCreators: [CREATOR], maxWebSockets: 1 } });
    const config: RenderRateConfig = { wsUrl: need(sim).wsUrl, uniqueId: CREATOR, jwt, scheduler };
    await page.evaluate((c) => window.renderRate?.start(c), config);
    await page.waitForFunction(() => window.renderRate?.view().status === 'connected', undefined, { timeout: WAIT_MS });
    await page.evaluate(() => window.renderRate?.measure());
    const { first, count } = await burst();
    const last = first + count - 1;
    await page.waitForFunction((seq) => (window.renderRate?.view().maxSeq ?? -1) >= seq, last, { timeout: WAIT_MS });
    const view = need(await page.evaluate(() => window.renderRate?.view()));
    expect(errors).toEqual([]);
    return { ...view, sent: count };
  } finally {
    await page.close();
  }
}

function report(label: string, view: RenderRateView & { sent: number }): void {
  console.log(
    `[render-rate] ${label}: ${view.commits} commits / ${view.frames} frames = ${(view.commits / view.frames).toFixed(2)} per frame ` +
      `(max ${view.maxCommitsInFrame} in one frame), ${view.seen}/${view.sent} chats committed`,
  );
}

describe.each(['react', 'vue'] as const)('%s panel under 2,000 chats/s in 20-item bundles', (framework) => {
  it('commits at most once per animation frame on average and loses no chat', async () => {
    const view = await measure(framework, 'frame');
    report(`${framework}, frame scheduler`, view);
    expect(view.frames).toBeGreaterThan(0);
    expect(view.commits / view.frames).toBeLessThanOrEqual(1);
    expect(view.seen).toBe(view.sent);
  });

  it('baseline: per-microtask snapshot notifications (logged, not asserted)', async () => {
    const view = await measure(framework, 'microtask');
    report(`${framework}, microtask scheduler (before)`, view);
    expect(view.seen).toBe(view.sent);
  });
});
