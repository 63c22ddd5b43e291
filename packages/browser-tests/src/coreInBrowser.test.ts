/**
 * Issue 2: `@tiktok-live-rx/core` runs in modern browsers. The core is bundled
 * for the browser with esbuild and driven in Debian's Chromium (playwright-core)
 * against a real simulator on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import type { LiveStatus } from '@tiktok-live-rx/core';
import { DEFAULT_ACCOUNT_ID, createSimulator, type Simulator } from '@tiktok-live-rx/simulator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessStartConfig, HarnessView } from '../fixtures/browserEntry.js';
import { bundleCoreForBrowser, type BrowserBundle } from './bundleCoreForBrowser.js';
import { createPageServer, type PageServer } from './createPageServer.js';
import { launchChromium, type ChromiumHandle } from './launchChromium.js';

/** Core's default keep-alive grace (`keepAliveMs`), which the harness does not override. */
const KEEP_ALIVE_MS = 1000;
/** Waits for conditions in the page; generous for a noisy 2-core machine. */
const WAIT_MS = 15_000;
/** A distinctive key, so a leak into any console line is unmistakable. */
const API_KEY = `browser-secret-${randomUUID()}`;
const APIKEY_WARNING = 'apiKey is used in a browser';

let bundle: BrowserBundle;
let productionBundle: BrowserBundle;
let sim: Simulator | undefined;
let pageServer: PageServer | undefined;
let productionPageServer: PageServer | undefined;
let browser: ChromiumHandle | undefined;

beforeAll(async () => {
  [bundle, productionBundle] = await Promise.all([bundleCoreForBrowser('development'), bundleCoreForBrowser('production')]);
});

afterAll(async () => {
  // Everything is closed here too (idempotently), so a failing test never leaks a browser or a port.
  await browser?.close();
  await pageServer?.close();
  await productionPageServer?.close();
  await sim?.close();
});

describe('the browser bundle', () => {
  const inputs = (): string[] => Object.keys(bundle.metafile.inputs);

  it('builds core from source with rxjs bundled in', () => {
    expect(inputs().some((path) => path.startsWith('packages/core/src/'))).toBe(true);
    expect(inputs().filter((path) => path.startsWith('packages/core/dist/'))).toEqual([]);
    expect(inputs().some((path) => path.includes('/node_modules/rxjs/'))).toBe(true);
    expect(bundle.externalImports).toEqual([]);
    console.log(`[browser-tests] core browser bundle: ${formatKb(bundle.bytes)} minified, ${formatKb(bundle.gzipBytes)} gzip (${describeBytesByOrigin(bundle)})`);
  });

  it('resolves isomorphic-ws to the browser WebSocket, leaving ws out', () => {
    expect(inputs().some((path) => path.endsWith('/node_modules/isomorphic-ws/browser.js'))).toBe(true);
    expect(inputs().filter((path) => path.includes('/node_modules/ws/') || path.endsWith('/isomorphic-ws/node.js'))).toEqual([]);
  });

  it('has no Node built-in imports', () => {
    const builtins = bundle.externalImports.filter(({ path }) => path.startsWith('node:') || !path.includes('.'));
    expect(builtins).toEqual([]);
    expect(bundle.code).not.toMatch(/\brequire\(/);
  });

  it('has no runtime trace of the AGPL tiktok-live-connector / tiktok-live-proto', () => {
    const agpl = /tiktok-live-(connector|proto)/;
    expect(inputs().filter((path) => agpl.test(path))).toEqual([]);
    const imports = Object.values(bundle.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imports.filter((path) => agpl.test(path))).toEqual([]);
    expect(bundle.code).not.toMatch(agpl);
  });
});

describe('core in Chromium', () => {
  interface OpenedPage {
    page: Page;
    console: Array<{ type: string; text: string }>;
    pageErrors: string[];
    webSockets: string[];
  }

  let launchError: unknown;

  beforeAll(async () => {
    sim = await createSimulator({ port: 0, seed: 7, apiKeys: [API_KEY] });
    pageServer = await createPageServer({ bundle: bundle.code, jwtUpstream: sim.httpUrl, apiKey: API_KEY });
    productionPageServer = await createPageServer({ bundle: productionBundle.code, jwtUpstream: sim.httpUrl, apiKey: API_KEY });
    // A launch failure (no Chromium installed) fails the next test with its message rather than
    // failing this hook, which Vitest would report as skipped tests.
    browser = await launchChromium().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });

  it('launches Chromium (CI installs it; a missing browser is a failure, not a skip)', async () => {
    if (launchError !== undefined) throw launchError;
    const page = await need(browser).context.newPage();
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\/\d+/);
    await page.close();
  });

  async function openPage(server: PageServer | undefined = pageServer): Promise<OpenedPage> {
    const page = await need(browser, 'Chromium (see the "launches Chromium" test)').context.newPage();
    const entry: OpenedPage = { page, console: [], pageErrors: [], webSockets: [] };
    page.on('console', (message) => entry.console.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => entry.pageErrors.push(`${error.name}: ${error.message}`));
    page.on('websocket', (socket) => entry.webSockets.push(socket.url()));
    await page.goto(need(server).url);
    await page.waitForFunction(() => window.liveHarness !== undefined, undefined, { timeout: WAIT_MS });
    return entry;
  }

  const start = (page: Page, config: HarnessStartConfig): Promise<void> => page.evaluate((c) => window.liveHarness?.start(c), config);
  const view = async (page: Page): Promise<HarnessView> => need(await page.evaluate(() => window.liveHarness?.view()));
  const waitForStatus = (page: Page, status: LiveStatus): Promise<unknown> =>
    page.waitForFunction((s) => window.liveHarness?.view().states.includes(s) === true, status, { timeout: WAIT_MS });
  const jwtEndpoint = (): string => `${need(pageServer).url}/accounts/${DEFAULT_ACCOUNT_ID}/jwt/create`;

  describe('a session with a JWT provider', () => {
    const uniqueId = 'tv_asahi_news';
    const marker = `hello from the simulator ${randomUUID()}`;
    let session: OpenedPage;
    let seen: HarnessView;

    beforeAll(async () => {
      session = await openPage();
      await start(session.page, { wsUrl: need(sim).wsUrl, uniqueId, auth: { kind: 'jwt', endpoint: jwtEndpoint() } });
      await waitForStatus(session.page, 'connected');
      need(sim).inject(uniqueId, [{ type: 'WebcastChatMessage', data: { comment: marker, user: { userId: '4242', uniqueId: 'browser_viewer', nickname: 'Browser Viewer' } } }]);
      await session.page.waitForFunction((text) => window.liveHarness?.view().chats.some((chat) => chat.content === text) === true, marker, {
        timeout: WAIT_MS,
      });
      seen = await view(session.page);
    });

    it('gets its JWT from the page and connects with it (jwtKey, never apiKey)', () => {
      expect(seen.jwtCalls).toBe(1);
      expect(seen.failures).toEqual([]);
      const handshakes = need(sim).handshakes.filter((h) => h.uniqueId === uniqueId);
      expect(handshakes.map((h) => ({ jwtKey: typeof h.query['jwtKey'], apiKey: typeof h.query['apiKey'] }))).toEqual([{ jwtKey: 'string', apiKey: 'undefined' }]);
    });

    it('uses the browser WebSocket (one socket, to the simulator)', () => {
      expect(session.webSockets.map((url) => url.startsWith(`${need(sim).wsUrl}/?`))).toEqual([true]);
    });

    it('delivers room info before any chat message', () => {
      expect(seen.arrivals[0]).toBe('roomInfo');
      expect(seen.arrivals).toContain('chat');
    });

    it('delivers chat normalised to v3 (content present, comment absent)', () => {
      expect(seen.chats.some((chat) => chat.content === marker)).toBe(true);
      expect(seen.chats.filter((chat) => !chat.hasContent || chat.hasComment || typeof chat.content !== 'string')).toEqual([]);
    });

    it('goes connecting → connected', () => {
      const untilConnected = seen.states.slice(0, seen.states.indexOf('connected') + 1);
      expect(untilConnected[0] === 'idle' ? untilConnected.slice(1) : untilConnected).toEqual(['connecting', 'connected']);
    });

    it('opens exactly one socket for the creator with several streams subscribed', () => {
      expect(need(sim).stats().byCreator[uniqueId]).toBe(1);
    });

    it('closes the socket within the keep-alive grace after the last unsubscribe', async () => {
      await session.page.evaluate(() => window.liveHarness?.stop());
      await waitUntil(() => (need(sim).stats().byCreator[uniqueId] ?? 0) === 0, KEEP_ALIVE_MS + 5000, 'the socket to close');
      expect(session.pageErrors).toEqual([]);
    });
  });

  describe('simulator REST from the page (cross-origin, needs CORS)', () => {
    let page: OpenedPage;
    /** Chromium's console lines about a blocked call to `path`, for the failure message. */
    const corsErrors = (path: string): string =>
      page.console.filter((m) => /CORS|Access-Control/i.test(m.text) && m.text.includes(path)).map((m) => m.text).join('\n') || '(no CORS message)';

    beforeAll(async () => {
      page = await openPage();
    });

    it('POST /accounts/:id/jwt/create answers a cross-origin call', async () => {
      const outcome = await page.page.evaluate(
        ({ url, apiKey }) =>
          window.liveHarness?.fetchJson(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
            body: JSON.stringify({ expireAfter: 60, websockets: { allowedCreators: null, maxWebSockets: 1 } }),
          }),
        { url: `${need(sim).httpUrl}/accounts/${DEFAULT_ACCOUNT_ID}/jwt/create`, apiKey: API_KEY },
      );
      expect(outcome, corsErrors('/jwt/create')).toMatchObject({ ok: true, status: 200, body: { token: expect.any(String) } });
    });

    it('GET /webcast/room_video (core fetchRoomVideo with a JWT) answers a cross-origin call', async () => {
      const jwt = await need(sim).createJwt({ expireAfter: 60 });
      const outcome = await page.page.evaluate(
        ({ baseUrl, token }) => window.liveHarness?.roomVideo('tv_asahi_news', { jwt: token, baseUrl }),
        { baseUrl: need(sim).httpUrl, token: jwt },
      );
      expect(outcome, corsErrors('/webcast/room_video')).toMatchObject({ ok: true, body: { url: expect.any(String) } });
    });

    it('serves the HLS playlist room_video points at to a cross-origin page', async () => {
      const response = await fetch(`${need(sim).httpUrl}/webcast/room_video?uniqueId=tv_asahi_news&streamType=hls_sd`, { headers: { 'x-api-key': API_KEY } });
      const { url } = (await response.json()) as { url: string };
      const outcome = await page.page.evaluate((u) => window.liveHarness?.fetchJson(u, { method: 'GET', headers: {} }), url);
      expect(outcome, corsErrors('/media/')).toMatchObject({ ok: true, status: 200, body: expect.stringContaining('#EXTM3U') });
    });
  });

  // Scope: everything core and the page print. Chromium itself prints the full socket URL, credential
  // included, when a connection cannot be established at all ("WebSocket connection to '…apiKey=…' failed");
  // no client can prevent that (the service takes credentials in the query), see README.
  describe('an API key in the browser', () => {
    const uniqueId = 'apikey_room';
    let session: OpenedPage;

    beforeAll(async () => {
      need(sim).setLive(uniqueId, true);
      session = await openPage();
      await start(session.page, { wsUrl: need(sim).wsUrl, uniqueId, auth: { kind: 'apiKey', apiKey: API_KEY } });
      await waitForStatus(session.page, 'connected');
      // A second and third call site: the warning must not repeat.
      await session.page.evaluate((key) => window.liveHarness?.createApiKeyClient(key), API_KEY);
      await session.page.evaluate((key) => window.liveHarness?.createApiKeyClient(key), API_KEY);
      // A drop makes core report (and the harness log) an error: its text must not carry the key either.
      need(sim).dropSockets(uniqueId);
      await waitForStatus(session.page, 'reconnecting');
      await session.page.waitForFunction(() => window.liveHarness?.view().states.at(-1) === 'connected', undefined, { timeout: WAIT_MS });
      await session.page.evaluate(() => {
        window.liveHarness?.stop();
        window.liveHarness?.close();
      });
    });

    it('prints the development warning exactly once', () => {
      const warnings = session.console.filter((m) => m.text.includes(APIKEY_WARNING));
      expect(warnings.map((m) => m.type)).toEqual(['warning']);
    });

    it('prints nothing in a production build (NODE_ENV=production)', async () => {
      const production = await openPage(productionPageServer);
      await start(production.page, { wsUrl: need(sim).wsUrl, uniqueId, auth: { kind: 'apiKey', apiKey: API_KEY } });
      await waitForStatus(production.page, 'connected');
      await production.page.evaluate(() => {
        window.liveHarness?.stop();
        window.liveHarness?.close();
      });
      await production.page.close();
      expect(production.console.filter((m) => m.text.includes(APIKEY_WARNING))).toEqual([]);
      expect(production.pageErrors).toEqual([]);
    });

    it('never shows the API key in a console message or page error', () => {
      expect(session.console.some((m) => m.text.startsWith('[harness] state reconnecting: '))).toBe(true);
      const leaks = [...session.console.map((m) => m.text), ...session.pageErrors].filter((text) => text.includes(API_KEY));
      expect(leaks).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });

  describe('an abrupt drop', () => {
    const uniqueId = 'drop_room';
    let session: OpenedPage;
    let droppedAt: number;
    let seen: HarnessView;

    beforeAll(async () => {
      need(sim).setLive(uniqueId, true);
      session = await openPage();
      await start(session.page, { wsUrl: need(sim).wsUrl, uniqueId, auth: { kind: 'jwt', endpoint: jwtEndpoint() } });
      await waitForStatus(session.page, 'connected');
      droppedAt = Date.now();
      need(sim).dropSockets(uniqueId);
      await session.page.waitForFunction(
        () => {
          const v = window.liveHarness?.view();
          return v !== undefined && v.gaps.length > 0 && v.states.lastIndexOf('connected') > v.states.indexOf('reconnecting');
        },
        undefined,
        { timeout: WAIT_MS },
      );
      seen = await view(session.page);
      await session.page.evaluate(() => window.liveHarness?.close());
    });

    it('goes reconnecting → connected', () => {
      expect(seen.states.slice(seen.states.indexOf('connected'))).toEqual(['connected', 'reconnecting', 'connected']);
      expect(seen.failures).toEqual([]);
    });

    it('emits one gap marker spanning the drop', () => {
      expect(seen.gaps).toHaveLength(1);
      const [gap] = seen.gaps;
      expect(need(gap).from).toBeLessThanOrEqual(droppedAt);
      expect(need(gap).to).toBeGreaterThanOrEqual(droppedAt);
    });

    it('reconnects with a fresh JWT from the provider', () => {
      expect(seen.jwtCalls).toBe(2);
      const handshakes = need(sim).handshakes.filter((h) => h.uniqueId === uniqueId);
      expect(handshakes.map((h) => typeof h.query['jwtKey'])).toEqual(['string', 'string']);
    });
  });

  describe('teardown', () => {
    it('closes Chromium, the page server and the simulator without leaving processes or listeners', async () => {
      const handle = need(browser);
      expect(handle.livePids().length).toBeGreaterThan(0);
      const { killed } = await handle.close();
      expect(killed).toEqual([]);
      expect(handle.livePids()).toEqual([]);

      const pageUrl = need(pageServer).url;
      const simUrl = need(sim).httpUrl;
      await need(pageServer).close();
      await need(sim).close();
      expect(await accepts(pageUrl)).toBe(false);
      expect(await accepts(simUrl)).toBe(false);
    });
  });
});

function need<T>(value: T | undefined, what = 'a fixture'): T {
  if (value === undefined) throw new Error(`${what} is not set up: an earlier step failed`);
  return value;
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Whether something still accepts TCP connections at `url`'s host and port. */
function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Output bytes by origin (core source, rxjs, the rest), from the metafile. */
function describeBytesByOrigin(b: BrowserBundle): string {
  const totals = new Map<string, number>();
  for (const output of Object.values(b.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const origin = path.startsWith('packages/core/') ? 'core' : path.includes('/node_modules/rxjs/') ? 'rxjs' : path.startsWith('packages/browser-tests/') ? 'harness' : 'other';
      totals.set(origin, (totals.get(origin) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([origin, bytes]) => `${origin} ${formatKb(bytes)}`).join(', ');
}
