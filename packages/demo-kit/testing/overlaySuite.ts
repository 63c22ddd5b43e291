/**
 * The end-to-end suite of the overlay pages (`/overlay/alerts|chat|goal|leaderboard`), run
 * against the production build of each demo: transparent pages, a gift alert for an injected
 * gift, the goal bar moving, the leaderboard and the chat, screenshots at 1280 and 390 px.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unexpectedTraffic, WAIT_MS, waitUntil, type DemoHarnessOptions, type HarnessBackend } from './demoHarness.js';
import { suiteHarness } from './suiteHarness.js';

/** Options of {@link overlaySuite}. */
export interface OverlaySuiteOptions<B extends HarnessBackend> extends DemoHarnessOptions<B> {
  /** `'React'` or `'Vue'`. */
  name: string;
}

const CREATOR = 'silent_creator';
const KINDS = ['alerts', 'chat', 'goal', 'leaderboard'] as const;
const fan = { userId: '9101', uniqueId: 'overlay_fan', nickname: 'Overlay Fan' };
const rose = (repeatCount: number, repeatEnd: 0 | 1) => ({
  type: 'WebcastGiftMessage',
  data: { giftId: 5655, groupId: 'ov-streak', repeatCount, repeatEnd, user: fan, giftDetails: { giftName: 'Rose', diamondCount: 10, giftType: 1 } },
});

/** Registers the overlay suite. */
export function overlaySuite<B extends HarnessBackend>(options: OverlaySuiteOptions<B>): void {
  const pages = new Map<(typeof KINDS)[number], Page>();
  const setup = suiteHarness(options, async (harness) => {
    for (const kind of KINDS) {
      const page = await harness.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${harness.server.url}/overlay/${kind}?creator=${CREATOR}&goal=100&limit=5&seconds=6${kind === 'chat' ? '&theme=neon&scale=1.2' : ''}`);
      pages.set(kind, page);
    }
    const sim = harness.sim();
    await waitUntil(() => sim.stats().byCreator[CREATOR] === KINDS.length, 'every overlay to connect');
  });
  const h = setup.harness;
  const page = (kind: (typeof KINDS)[number]): Page => {
    const found = pages.get(kind);
    if (found === undefined) throw new Error(`the ${kind} overlay is not open: see the first test`);
    return found;
  };

  describe(`the ${options.name} overlays in Chromium (production build)`, () => {
    it('builds, serves, launches Chromium and connects every overlay', () => {
      setup.assertSetUp();
      expect(pages.size).toBe(KINDS.length);
    });

    it.each(KINDS)('/overlay/%s has a transparent background and no status UI', async (kind) => {
      const backgrounds = await page(kind).evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
      expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      await page(kind).locator(`[data-testid=overlay][data-kind=${kind}][data-creator=${CREATOR}]`).waitFor({ timeout: WAIT_MS });
      expect(await page(kind).locator('[data-testid=status]').count()).toBe(0);
    });

    it('alerts: a live combo count while the streak runs, then one alert for the streak, then a follow', async () => {
      const sim = h().sim();
      sim.inject(CREATOR, [rose(1, 0), rose(2, 0)]);
      await page('alerts').locator('[data-testid=overlay-combo]', { hasText: '×2' }).waitFor({ timeout: WAIT_MS });
      await h().screenshots(page('alerts'), 'overlay-alerts-combo', { omitBackground: true, height: 720 });
      sim.inject(CREATOR, [rose(3, 0), rose(3, 1), { type: 'WebcastSocialMessage', data: { user: fan, action: 1, common: { displayText: { key: 'pm_main_follow_message_viewer_2' } } } }]);
      const alert = page('alerts').locator('[data-testid=alert][data-alert-kind=gift]');
      await alert.waitFor({ timeout: WAIT_MS });
      expect(await alert.textContent()).toMatch(/Overlay Fan\s*sent 3× Rose.*30 💎/);
      expect(await page('alerts').locator('[data-testid=overlay-combo]').count()).toBe(0);
      await h().screenshots(page('alerts'), 'overlay-alerts-gift', { omitBackground: true, height: 720 });
      await page('alerts').locator('[data-testid=alert][data-alert-kind=follow]', { hasText: 'Overlay Fan' }).waitFor({ timeout: WAIT_MS });
    });

    it('goal: the bar moves with the diamonds (30 of 100, then 50)', async () => {
      await page('goal').locator('[data-testid=goal-text]', { hasText: '30 / 100' }).waitFor({ timeout: WAIT_MS });
      expect(await page('goal').locator('[data-testid=goal-fill]').evaluate((element) => (element as HTMLElement).style.width)).toBe('30%');
      h().sim().inject(CREATOR, [{ type: 'WebcastGiftMessage', data: { giftId: 9002, groupId: 'ov-single', repeatCount: 1, repeatEnd: 1, user: fan, giftDetails: { giftName: 'Cap', diamondCount: 20, giftType: 2 } } }]);
      await page('goal').locator('[data-testid=goal-text]', { hasText: '50 / 100' }).waitFor({ timeout: WAIT_MS });
      expect(await page('goal').locator('[data-testid=goal-fill]').evaluate((element) => (element as HTMLElement).style.width)).toBe('50%');
      await h().screenshots(page('goal'), 'overlay-goal', { omitBackground: true, height: 200 });
    });

    it('leaderboard: the top gifter with handle and diamonds', async () => {
      const row = page('leaderboard').locator('[data-testid=leaderboard-row]').first();
      await row.filter({ hasText: '50 💎' }).waitFor({ timeout: WAIT_MS });
      expect(await row.textContent()).toMatch(/1\s*.*Overlay Fan\s*@overlay_fan\s*50 💎/);
      await h().screenshots(page('leaderboard'), 'overlay-leaderboard', { omitBackground: true, height: 400 });
    });

    it('chat: the last messages, at most `limit`', async () => {
      const markers = Array.from({ length: 7 }, (_, i) => `ov chat ${i} ${randomUUID().slice(0, 8)}`);
      h().sim().inject(CREATOR, markers.map((comment) => ({ type: 'WebcastChatMessage', data: { comment, user: fan } })));
      await page('chat').locator('[data-testid=overlay-chat-line]', { hasText: markers[6] }).waitFor({ timeout: WAIT_MS });
      const lines = await page('chat').locator('[data-testid=overlay-chat-line]').allTextContents();
      expect(lines).toHaveLength(5);
      expect(lines.join('\n')).not.toContain(markers[1]);
      await h().screenshots(page('chat'), 'overlay-chat', { omitBackground: true, height: 720 });
    });

    it('a reconnect is invisible: what is on screen stays, and events carry on after it', async () => {
      const sim = h().sim();
      const before = sim.handshakes.filter((shake) => shake.uniqueId === CREATOR).length;
      sim.dropSockets(CREATOR);
      await waitUntil(() => sim.handshakes.filter((shake) => shake.uniqueId === CREATOR).length >= before + KINDS.length, 'every overlay to reconnect');
      await waitUntil(() => sim.stats().byCreator[CREATOR] === KINDS.length, 'every overlay to be connected again');
      expect(await page('goal').locator('[data-testid=goal-text]').textContent()).toContain('50 / 100');
      expect(await page('leaderboard').locator('[data-testid=leaderboard-row]').count()).toBe(1);
      expect(await page('chat').locator('[data-testid=overlay-chat-line]').count()).toBe(5);
      sim.inject(CREATOR, [{ type: 'WebcastGiftMessage', data: { giftId: 9003, groupId: 'ov-after', repeatCount: 1, repeatEnd: 1, user: fan, giftDetails: { giftName: 'Hat', diamondCount: 10, giftType: 2 } } }]);
      await page('goal').locator('[data-testid=goal-text]', { hasText: '60 / 100' }).waitFor({ timeout: WAIT_MS });
      for (const kind of KINDS) expect(await page(kind).locator('[data-testid=status], [data-testid=live-notice]').count()).toBe(0);
    });

    it('made no request off the machine, logged no console error and threw no page error', () => {
      const { log } = h();
      const { offMachine, consoleErrors } = unexpectedTraffic(log);
      expect(offMachine).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });
}
