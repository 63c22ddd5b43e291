/**
 * A React page in Chromium reads a creator through the relay over NATS WebSocket as a
 * read-only user (useTikTokLive on createRelayClient), and its publish attempt is refused.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHandle } from '@tiktok-live-rx/browser-tests/launchChromium';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { readStream } from './testing/readStream.js';
import { TEST_USERS, startRelayTestBed, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

const ID = 'silent_creator';
const ENTRY = fileURLToPath(new URL('../fixtures/relayPage.tsx', import.meta.url));

let bed: RelayTestBed;
let chromium: ChromiumHandle | undefined;
beforeEach(async () => {
  bed = await startRelayTestBed({ users: true, nats: { websocket: true } });
});
afterEach(async () => {
  await chromium?.close();
  chromium = undefined;
  await bed.close();
});

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['@tiktok-live-rx/source', 'browser'],
    define: { 'process.env.NODE_ENV': '"development"' },
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('relay in the browser', () => {
  it('useTikTokLive renders a relayed creator over NATS WebSocket as a read-only user, whose publish is refused', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    const code = await bundlePage();
    // The bundle must not pull in the Node transport (TCP) or Node built-ins.
    expect(code).not.toMatch(/from\s*["']node:/);

    chromium = await launchChromium();
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    // An inline module script runs after addScriptTag resolves, so wait until it has set up the page.
    await page.waitForFunction(() => window.relayPage !== undefined, undefined, { timeout: 10_000 });
    const config = { wsUrl: bed.nats.wsUrl!, user: TEST_USERS.viewer.user, pass: TEST_USERS.viewer.pass, uniqueId: ID };
    await page.evaluate((c) => window.relayPage.start(c), config);

    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'connected', undefined, { timeout: 20_000 });
    await page.waitForFunction(() => document.getElementById('title')?.textContent === 'Silent test room', undefined, { timeout: 10_000 });
    bed.sim.inject(ID, [chatItem('hello browser', 1), chatItem('second line', 2)]);
    await page.waitForFunction(() => document.querySelectorAll('#chat li').length === 2, undefined, { timeout: 10_000 });
    expect(await page.locator('#chat li').allTextContents()).toEqual(['hello browser', 'second line']);

    const subject = `tlrx.ev.${ID}.WebcastChatMessage`;
    const answer = await page.evaluate((c) => window.relayPage.tryPublish(c), { ...config, subject });
    expect(answer).toMatch(/permission/i);
    const nc = await bed.newConnection();
    const stored = await readStream(nc, 'TLRX_EVENTS', subject);
    expect(stored.map((m) => (m.body as { content: string }).content)).not.toContain('forged');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
