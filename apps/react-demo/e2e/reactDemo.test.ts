/**
 * End to end: the production build of the demo, served with the same backend middleware the
 * Vite plugin mounts, against the embedded simulator, in Debian's Chromium (playwright-core).
 * A missing browser fails the first test; nothing is skipped.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, type ChromiumHandle } from '@tiktok-live-rx/browser-tests/launchChromium';
import { BUILTIN_CREATORS, type Simulator } from '@tiktok-live-rx/simulator';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveBackend, type LiveBackend } from '@tiktok-live-rx/demo-backend';
import { serveDemoBuild, type DemoBuildServer } from '@tiktok-live-rx/demo-backend/testing';

/** Bound on every wait in the page; generous for a noisy 2-core machine. */
const WAIT_MS = 15_000;
/** A distinctive key, so a leak anywhere is unmistakable. */
const API_KEY = `demo-secret-${randomUUID()}`;
const CONFIG_FILE = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const DEFAULT_CREATOR = 'tv_asahi_news';
const SILENT = 'silent_creator';

let outDir: string | undefined;
let backend: LiveBackend | undefined;
let server: DemoBuildServer | undefined;
let browser: ChromiumHandle | undefined;
let launchError: unknown;
let page: Page | undefined;

/** Everything the page did, for the leak and error checks. */
const seen = {
  console: [] as string[],
  pageErrors: [] as string[],
  requests: [] as Array<{ url: string; postData: string }>,
  apiResponses: [] as string[],
  webSockets: [] as string[],
  blockedHosts: new Set<string>(),
};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'react-demo-build-'));
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle (React's development build):
  // build what `vite build` builds.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: CONFIG_FILE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  backend = await createLiveBackend({ env: {}, simulator: { seed: 7, apiKeys: [API_KEY] } });
  server = await serveDemoBuild({ root: outDir, backend });
  // A launch failure fails the first test with its message instead of failing this hook (which
  // Vitest would report as skipped tests).
  browser = await launchChromium().catch((error: unknown) => {
    launchError = error;
    return undefined;
  });
  if (browser === undefined) return;
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Only this machine: avatars, emotes and gift pictures point at TikTok's CDN; never fetch them.
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    seen.blockedHosts.add(hostname);
    return route.abort();
  });
  page.on('console', (message) => seen.console.push(message.text()));
  page.on('pageerror', (error) => seen.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('request', (request) => seen.requests.push({ url: request.url(), postData: request.postData() ?? '' }));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      void response.text().then(
        (text) => seen.apiResponses.push(text),
        () => undefined,
      );
    }
  });
  page.on('websocket', (socket) => seen.webSockets.push(socket.url()));
  await page.goto(need(server).url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await backend?.close();
  if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
});

describe('the React demo in Chromium', () => {
  it('launches Chromium (CI installs it; a missing browser is a failure, not a skip)', () => {
    if (launchError !== undefined) throw launchError;
    expect(page).toBeDefined();
  });

  it('GET /api/live-config gives the simulator URL and never the key', async () => {
    const response = await fetch(`${need(server).url}/api/live-config`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      wsUrl: sim().wsUrl,
      service: 'simulator',
      creators: ['tv_asahi_news', 'gift_storm', 'ending_creator', 'offline_creator'],
    });
    expect(text).not.toContain(API_KEY);
  });

  it('connects to the default creator with a JWT from /api/jwt, over one socket', async () => {
    await waitForStatus(DEFAULT_CREATOR, 'connected');
    const handshakes = sim().handshakes.filter((h) => h.uniqueId === DEFAULT_CREATOR);
    expect(handshakes.map((h) => ({ jwtKey: typeof h.query['jwtKey'], apiKey: typeof h.query['apiKey'] }))).toEqual([{ jwtKey: 'string', apiKey: 'undefined' }]);
    expect(sim().stats().byCreator[DEFAULT_CREATOR]).toBe(1);
    expect(await text('[data-testid=jwt-info]')).toContain(`last for @${DEFAULT_CREATOR}`);
  });

  it('renders the room title and the viewer count', async () => {
    const title = BUILTIN_CREATORS.find((creator) => creator.uniqueId === DEFAULT_CREATOR)?.title;
    await p().locator('[data-testid=room-title]', { hasText: need(title) }).waitFor({ timeout: WAIT_MS });
    await p().waitForFunction(() => /\d/.test(document.querySelector('[data-testid=viewer-count]')?.textContent ?? ''), undefined, { timeout: WAIT_MS });
  });

  it('renders chat messages: an injected one with its name and moderator badge', async () => {
    const marker = `e2e chat ${randomUUID()}`;
    sim().inject(DEFAULT_CREATOR, [
      {
        type: 'WebcastChatMessage',
        data: {
          comment: marker,
          user: { userId: '4242', uniqueId: 'e2e_mod', nickname: 'E2E Moderator' },
          userIdentity: { isModeratorOfAnchor: true },
        },
      },
    ]);
    const line = p().locator('[data-testid=chat-message]', { hasText: marker });
    await line.waitFor({ timeout: WAIT_MS });
    expect(await line.textContent()).toContain('E2E Moderator');
    expect(await line.locator('[data-testid=role-badge]').allTextContents()).toEqual(['mod']);
  });

  it('switches creator from the input: the old socket closes, the new creator gets exactly one', async () => {
    await p().getByTestId('creator-input').fill(`@${SILENT}`);
    await p().getByTestId('watch-button').click();
    await waitForStatus(SILENT, 'connected');
    await waitUntil(() => (sim().stats().byCreator[DEFAULT_CREATOR] ?? 0) === 0, `the ${DEFAULT_CREATOR} socket to close`);
    expect(sim().stats().byCreator[SILENT]).toBe(1);
    const handshakes = sim().handshakes.filter((h) => h.uniqueId === SILENT);
    expect(handshakes.map((h) => typeof h.query['jwtKey'])).toEqual(['string']);
    expect(new URL(p().url()).searchParams.get('creator')).toBe(SILENT);
  });

  it('shows a live combo counter, then exactly one gift line per streak (×3)', async () => {
    const user = { userId: '7777', uniqueId: 'e2e_gifter', nickname: 'E2E Gifter' };
    const frame = (repeatCount: number, repeatEnd: 0 | 1) => ({
      type: 'WebcastGiftMessage',
      data: { giftId: 5655, groupId: 'e2e-streak', repeatCount, repeatEnd, user, giftDetails: { giftName: 'Rose', diamondCount: 5, giftType: 1 } },
    });
    sim().inject(SILENT, [frame(1, 0), frame(2, 0)]);
    await p().locator('[data-testid=combo]', { hasText: 'E2E Gifter' }).filter({ hasText: '×2' }).waitFor({ timeout: WAIT_MS });
    sim().inject(SILENT, [frame(3, 0)]);
    sim().inject(SILENT, [frame(3, 1)]);
    await p().locator('[data-testid=gift-line]', { hasText: 'E2E Gifter' }).first().waitFor({ timeout: WAIT_MS });
    // A barrier: once a later chat message is on screen, every frame before it was rendered.
    await injectChatAndWait(SILENT);
    const lines = await p().locator('[data-testid=gift-line]', { hasText: 'E2E Gifter' }).allTextContents();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/E2E Gifter sent Rose ×3\s*15 💎/);
  });

  it('totals show the diamonds and the top gifter', async () => {
    await p().waitForFunction(() => document.querySelector('[data-testid=total-diamonds]')?.textContent === '15', undefined, { timeout: WAIT_MS });
    expect(await text('[data-testid=top-gifters]')).toContain('E2E Gifter');
  });

  it('shows a waiting notice for offline_creator (not live, checking again)', async () => {
    await p().getByTestId('pick-offline_creator').click();
    await waitForStatus('offline_creator', 'waiting');
    const notice = p().locator('[data-testid=live-notice][data-kind=not-live]');
    await notice.waitFor({ timeout: WAIT_MS });
    expect(await notice.textContent()).toContain('@offline_creator is not live');
    expect(await text('[data-testid=status]')).toContain('4404');
    expect(sim().handshakes.filter((h) => h.uniqueId === 'offline_creator').map((h) => h.closeCode)).toContain(4404);
  });

  it('never shows the API key: DOM, console, request URLs and bodies, API answers, socket URLs', async () => {
    const html = await p().evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(API_KEY);
    expect(seen.console.filter((line) => line.includes(API_KEY))).toEqual([]);
    expect(seen.requests.filter((r) => r.url.includes(API_KEY) || r.postData.includes(API_KEY))).toEqual([]);
    expect(seen.requests.some((r) => new URL(r.url).pathname === '/api/jwt')).toBe(true);
    expect(seen.apiResponses.length).toBeGreaterThan(0);
    expect(seen.apiResponses.filter((body) => body.includes(API_KEY))).toEqual([]);
    expect(seen.webSockets.length).toBeGreaterThanOrEqual(3);
    for (const url of seen.webSockets) {
      const query = new URL(url).searchParams;
      expect(url.startsWith(`${sim().wsUrl}/?`)).toBe(true);
      expect(query.get('jwtKey')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(query.has('apiKey')).toBe(false);
      expect(url).not.toContain(API_KEY);
    }
  });

  it('had no page errors', () => {
    p();
    expect(seen.pageErrors).toEqual([]);
  });
});

function sim(): Simulator {
  return need(backend?.simulator, 'the embedded simulator');
}

function p(): Page {
  return need(page, 'the page (see the "launches Chromium" test)');
}

function need<T>(value: T | undefined, what = 'a fixture'): T {
  if (value === undefined) throw new Error(`${what} is not set up: an earlier step failed`);
  return value;
}

async function text(selector: string): Promise<string> {
  return (await p().locator(selector).textContent({ timeout: WAIT_MS })) ?? '';
}

/** Waits until the panel of `creator` shows `status`. */
function waitForStatus(creator: string, status: string): Promise<unknown> {
  return p().locator(`[data-testid=live-panel][data-creator="${creator}"] [data-testid=status][data-status=${status}]`).waitFor({ timeout: WAIT_MS });
}

async function injectChatAndWait(uniqueId: string): Promise<void> {
  const marker = `barrier ${randomUUID()}`;
  sim().inject(uniqueId, [{ type: 'WebcastChatMessage', data: { comment: marker, user: { userId: '4343', uniqueId: 'e2e_viewer', nickname: 'E2E Viewer' } } }]);
  await p().locator('[data-testid=chat-message]', { hasText: marker }).waitFor({ timeout: WAIT_MS });
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
