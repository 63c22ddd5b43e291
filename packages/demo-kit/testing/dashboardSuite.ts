/**
 * The end-to-end suite of a demo dashboard, run against the production build of the React demo
 * and of the Vue demo alike (same page structure, same test ids): one suite, two bindings.
 */
import { randomUUID } from 'node:crypto';
import { BUILTIN_CREATORS } from '@tiktok-live-rx/simulator';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unexpectedTraffic, WAIT_MS, waitUntil, type DemoHarnessOptions, type HarnessBackend } from './demoHarness.js';
import { suiteHarness } from './suiteHarness.js';

/** Options of {@link dashboardSuite}. */
export interface DashboardSuiteOptions<B extends HarnessBackend> extends DemoHarnessOptions<B> {
  /** `'React'` or `'Vue'`. */
  name: string;
  /** The API key the backend holds, to prove it never reaches the page. */
  apiKey: string;
}

const DEFAULT_CREATOR = 'tv_asahi_news';
const SILENT = 'silent_creator';
const OFFLINE = 'offline_creator';

/** Registers the dashboard suite. */
export function dashboardSuite<B extends HarnessBackend>(options: DashboardSuiteOptions<B>): void {
  let page: Page | undefined;
  let openedAt = 0;
  const setup = suiteHarness(options, async (harness) => {
    page = await harness.newPage();
    openedAt = Date.now();
    await page.goto(harness.server.url);
  });
  const h = setup.harness;
  const p = (): Page => {
    if (page === undefined) throw new Error('the page is not set up: see the first test');
    return page;
  };
  const sim = () => h().sim();
  const waitForStatus = (creator: string, status: string) =>
    p().locator(`[data-testid=live-panel][data-creator="${creator}"] [data-testid=status][data-status=${status}]`).waitFor({ timeout: WAIT_MS });
  const text = async (selector: string) => (await p().locator(selector).first().textContent({ timeout: WAIT_MS })) ?? '';
  const currentTime = () => p().evaluate(() => document.querySelector<HTMLVideoElement>('[data-testid=room-video]')?.currentTime ?? -1);

  describe(`the ${options.name} dashboard in Chromium (production build)`, () => {
    it('builds, serves and launches Chromium (a missing browser is a failure, not a skip)', () => {
      setup.assertSetUp();
      expect(page).toBeDefined();
    });

    it('connects to the default creator with a JWT from /api/jwt, over one socket', async () => {
      await waitForStatus(DEFAULT_CREATOR, 'connected');
      const handshakes = sim().handshakes.filter((shake) => shake.uniqueId === DEFAULT_CREATOR);
      expect(handshakes.map((shake) => ({ jwtKey: typeof shake.query['jwtKey'], apiKey: typeof shake.query['apiKey'] }))).toEqual([
        { jwtKey: 'string', apiKey: 'undefined' },
      ]);
      expect(sim().stats().byCreator[DEFAULT_CREATOR]).toBe(1);
      expect(await text('[data-testid=jwt-info]')).toContain(`last for @${DEFAULT_CREATOR}`);
    });

    it('shows the room and its own events within 10 s of opening', async () => {
      const title = BUILTIN_CREATORS.find((creator) => creator.uniqueId === DEFAULT_CREATOR)?.title ?? '';
      await p().locator('[data-testid=room-title]', { hasText: title }).waitFor({ timeout: WAIT_MS });
      await p().locator('[data-testid=chat-message]').first().waitFor({ timeout: Math.max(1000, openedAt + 10_000 - Date.now()) });
      await p().waitForFunction(() => /\d/.test(document.querySelector('[data-testid=viewer-count]')?.textContent ?? ''), undefined, { timeout: WAIT_MS });
    });

    it('plays the room video: currentTime advances', async () => {
      await p().waitForFunction(() => (document.querySelector<HTMLVideoElement>('[data-testid=room-video]')?.currentTime ?? 0) > 0, undefined, { timeout: WAIT_MS });
      const first = await currentTime();
      await p().waitForFunction((t) => (document.querySelector<HTMLVideoElement>('[data-testid=room-video]')?.currentTime ?? 0) > t + 0.5, first, { timeout: WAIT_MS });
      expect(await p().locator('[data-testid=room-video]').getAttribute('data-status')).toBe('playing');
    });

    it('draws the viewer graph', async () => {
      await p().waitForFunction(() => Number(document.querySelector('[data-testid=viewer-graph]')?.getAttribute('data-points')) >= 2, undefined, { timeout: WAIT_MS });
      expect(await p().locator('[data-testid=graph-viewers]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
      await h().screenshots(p(), 'dashboard-busy', { height: 900 });
    });

    it('renders an injected chat message with its name and moderator badge', async () => {
      const marker = `e2e chat ${randomUUID()}`;
      sim().inject(DEFAULT_CREATOR, [
        {
          type: 'WebcastChatMessage',
          data: { comment: marker, user: { userId: '4242', uniqueId: 'e2e_mod', nickname: 'E2E Moderator' }, userIdentity: { isModeratorOfAnchor: true } },
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
      expect(new URL(p().url()).searchParams.get('creator')).toBe(SILENT);
    });

    it('shows a live combo, then one gift line per streak, the totals and the top gifter with their handle', async () => {
      const user = { userId: '7777', uniqueId: 'e2e_gifter', nickname: 'E2E Gifter' };
      const frame = (repeatCount: number, repeatEnd: 0 | 1) => ({
        type: 'WebcastGiftMessage',
        data: { giftId: 5655, groupId: 'e2e-streak', repeatCount, repeatEnd, user, giftDetails: { giftName: 'Rose', diamondCount: 5, giftType: 1 } },
      });
      sim().inject(SILENT, [frame(1, 0), frame(2, 0)]);
      await p().locator('[data-testid=combo]', { hasText: 'E2E Gifter' }).filter({ hasText: '×2' }).waitFor({ timeout: WAIT_MS });
      sim().inject(SILENT, [frame(3, 0), frame(3, 1)]);
      await p().locator('[data-testid=gift-line]', { hasText: 'E2E Gifter' }).first().waitFor({ timeout: WAIT_MS });
      // A barrier: once a later chat message is on screen, every frame before it was rendered.
      const marker = `barrier ${randomUUID()}`;
      sim().inject(SILENT, [{ type: 'WebcastChatMessage', data: { comment: marker, user: { userId: '4343', uniqueId: 'e2e_viewer', nickname: 'E2E Viewer' } } }]);
      await p().locator('[data-testid=chat-message]', { hasText: marker }).waitFor({ timeout: WAIT_MS });
      const lines = await p().locator('[data-testid=gift-line]', { hasText: 'E2E Gifter' }).allTextContents();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/E2E Gifter sent Rose\s*×3\s*15 💎/);
      await p().waitForFunction(() => document.querySelector('[data-testid=total-diamonds]')?.textContent === '15', undefined, { timeout: WAIT_MS });
      expect(await text('[data-testid=totals]')).toContain('from 3 gifts');
      expect(await text('[data-testid=top-gifters]')).toMatch(/E2E Gifter\s*@e2e_gifter/);
    });

    it('builds overlay URLs and previews them live', async () => {
      await p().getByTestId('builder-kind').selectOption('goal');
      await p().getByTestId('builder-goal').fill('500');
      const url = await text('[data-testid=builder-url]');
      expect(url).toBe(`${h().server.url}/overlay/goal?creator=${SILENT}&goal=500`);
      await p().getByTestId('builder-preview-toggle').click();
      const frame = p().frameLocator('[data-testid=builder-preview]');
      // The preview is a page of its own: its session totals start when it connects.
      await frame.locator('[data-testid=goal-text]', { hasText: '0 / 500' }).waitFor({ timeout: WAIT_MS });
      await waitUntil(() => sim().stats().byCreator[SILENT] === 2, 'the preview to connect');
      sim().inject(SILENT, [
        { type: 'WebcastGiftMessage', data: { giftId: 9001, groupId: 'e2e-single', repeatCount: 1, repeatEnd: 1, user: { userId: '7778', uniqueId: 'e2e_big', nickname: 'Big Gifter' }, giftDetails: { giftName: 'Galaxy', diamondCount: 100, giftType: 2 } } },
      ]);
      await frame.locator('[data-testid=goal-text]', { hasText: '100 / 500' }).waitFor({ timeout: WAIT_MS });
      expect(await frame.locator('[data-testid=goal-fill]').evaluate((element) => (element as HTMLElement).style.width)).toBe('20%');
      await h().screenshots(p(), 'dashboard-silent-with-preview', { height: 900 });
      await p().getByTestId('builder-preview-toggle').click();
      await p().locator('[data-testid=builder-preview]').waitFor({ state: 'detached', timeout: WAIT_MS });
    });

    it('stops the video and says so when the stream ends', async () => {
      await p().locator('[data-testid=room-video][data-status=playing]').waitFor({ timeout: WAIT_MS });
      sim().endStream(SILENT);
      await p().locator('[data-testid=live-notice][data-kind=stream-ended]').waitFor({ timeout: WAIT_MS });
      expect(await p().locator('[data-testid=room-video]').getAttribute('data-status')).toBe('not-live');
      // The player let go of the stream: no source, nothing loading.
      await p().waitForFunction(() => document.querySelector<HTMLVideoElement>('[data-testid=room-video]')?.networkState === HTMLMediaElement.NETWORK_EMPTY, undefined, { timeout: WAIT_MS });
    });

    it('says so when the video rendition answers 404', async () => {
      const tab = await h().newPage();
      try {
        // The stream URL the backend hands out answers 404 (a rendition the CDN does not serve).
        await tab.route('**/media/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'no such rendition' }));
        await tab.goto(`${h().server.url}/?creator=gift_storm&e2e=404`);
        await tab.locator('[data-testid=room-video][data-status=unavailable]').waitFor({ timeout: WAIT_MS });
        expect(await tab.locator('[data-testid=video-state]').textContent()).toContain('HTTP 404');
        await h().screenshots(tab, 'dashboard-video-404');
      } finally {
        await tab.close();
      }
    });

    it('shows the not-live notice and no video for offline_creator', async () => {
      await p().getByTestId(`pick-${OFFLINE}`).click();
      await waitForStatus(OFFLINE, 'waiting');
      const notice = p().locator('[data-testid=live-notice][data-kind=not-live]');
      await notice.waitFor({ timeout: WAIT_MS });
      expect(await notice.textContent()).toContain(`@${OFFLINE} is not live`);
      expect(await text('[data-testid=status]')).toContain('4404');
      expect(await p().locator('[data-testid=room-video]').getAttribute('data-status')).toBe('not-live');
      await h().screenshots(p(), 'dashboard-offline');
    });

    it('never shows the API key: DOM, console, request URLs and bodies, API answers, socket URLs', async () => {
      const html = await p().evaluate(() => document.documentElement.outerHTML);
      const { log } = h();
      expect(html).not.toContain(options.apiKey);
      expect(log.console.filter((line) => line.text.includes(options.apiKey))).toEqual([]);
      expect(log.requests.filter((r) => r.url.includes(options.apiKey) || r.postData.includes(options.apiKey))).toEqual([]);
      expect(log.apiResponses.length).toBeGreaterThan(0);
      expect(log.apiResponses.filter((body) => body.includes(options.apiKey))).toEqual([]);
      expect(log.webSockets.length).toBeGreaterThanOrEqual(3);
      for (const url of log.webSockets) {
        const query = new URL(url).searchParams;
        expect(query.get('jwtKey')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
        expect(query.has('apiKey')).toBe(false);
      }
    });

    it('made no request off the machine, logged no console error and threw no page error', () => {
      const { log } = h();
      const { offMachine, consoleErrors } = unexpectedTraffic(log);
      expect(offMachine).toEqual([]);
      // Two 404s are the point of their tests, and Chromium logs every 404 response: the 404
      // test's own tab, and a playlist refresh that reaches the server between the end of
      // `silent_creator`'s stream and the page hearing of it.
      const expected = (line: string) => line.includes('e2e=404') || (line.includes('status of 404') && line.includes(`/media/${SILENT}/`));
      expect(consoleErrors.filter((line) => !expected(line))).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });
}
