/**
 * The e2e harness both demos share: builds a demo with Vite (production), serves the build with
 * the demo backend in front, starts Chromium (Debian's, through playwright-core) and records what
 * every page does (console, page errors, requests, sockets, requests that tried to leave the
 * machine), and saves screenshots into the app's git-ignored `e2e-artifacts/`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumHandle } from '@tiktok-live-rx/browser-tests/launchChromium';
import type { Simulator } from '@tiktok-live-rx/simulator';
import type { Page } from 'playwright-core';
import { build } from 'vite';

/** Bound on every wait in a page; generous for a noisy 2-core machine. */
export const WAIT_MS = 15_000;

/** The parts of a demo backend the harness needs. */
export interface HarnessBackend {
  readonly simulator: Simulator | undefined;
  close(): Promise<void>;
}

/** A static server for the build with the backend in front. */
export interface HarnessServer {
  readonly url: string;
  close(): Promise<void>;
}

/** How to build and serve one demo. */
export interface DemoHarnessOptions<B extends HarnessBackend> {
  /** The demo's `vite.config.ts`. */
  configFile: string;
  /** Where screenshots go (git-ignored). */
  artifactsDir: string;
  /** Starts the demo backend (embedded simulator). */
  startBackend(): Promise<B>;
  /** Serves the build in `root` with `backend` in front, on 127.0.0.1. */
  serve(root: string, backend: B): Promise<HarnessServer>;
}

/** What the pages did, for the error and leak checks. */
export interface PageLog {
  readonly console: Array<{ type: string; text: string; page: string; source: string }>;
  readonly pageErrors: string[];
  readonly requests: Array<{ url: string; postData: string }>;
  readonly apiResponses: string[];
  readonly webSockets: string[];
  /** Requests to anything but 127.0.0.1 / localhost (blocked). */
  readonly offMachine: string[];
}

/** A running harness. */
export interface DemoHarness<B extends HarnessBackend> {
  readonly backend: B;
  readonly server: HarnessServer;
  readonly log: PageLog;
  /** The simulator of the backend. */
  sim(): Simulator;
  /** A new recorded page (tab), or the Chromium launch error. */
  newPage(): Promise<Page>;
  /** Saves `<name>-desktop.png` (1280 wide) and `<name>-390.png` of the page, restoring its size. */
  screenshots(page: Page, name: string, options?: { omitBackground?: boolean; height?: number }): Promise<void>;
  close(): Promise<void>;
}

/** Builds, serves and launches; any failure is thrown (a missing browser fails, nothing skips). */
export async function startDemoHarness<B extends HarnessBackend>(options: DemoHarnessOptions<B>): Promise<DemoHarness<B>> {
  const outDir = mkdtempSync(join(tmpdir(), 'demo-build-'));
  const cleanups: Array<() => Promise<unknown> | unknown> = [() => rmSync(outDir, { recursive: true, force: true })];
  const close = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    // Vitest sets NODE_ENV=test, which Vite would bake into the bundle (development builds of
    // React and Vue): build what `vite build` builds.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({ configFile: options.configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = nodeEnv;
    }
    const backend = await options.startBackend();
    cleanups.push(() => backend.close());
    const server = await options.serve(outDir, backend);
    cleanups.push(() => server.close());
    let browser: ChromiumHandle | undefined;
    let launchError: unknown;
    browser = await launchChromium().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
    if (browser !== undefined) cleanups.push(() => browser?.close());
    mkdirSync(options.artifactsDir, { recursive: true });

    const log: PageLog = { console: [], pageErrors: [], requests: [], apiResponses: [], webSockets: [], offMachine: [] };
    return {
      backend,
      server,
      log,
      sim() {
        if (backend.simulator === undefined) throw new Error('the backend runs no simulator');
        return backend.simulator;
      },
      async newPage() {
        if (browser === undefined) throw launchError instanceof Error ? launchError : new Error(String(launchError));
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        // Only this machine: anything else is recorded and blocked.
        await page.route('**/*', (route) => {
          const url = route.request().url();
          const { hostname, protocol } = new URL(url);
          if (hostname === '127.0.0.1' || hostname === 'localhost' || protocol === 'data:' || protocol === 'blob:') return route.continue();
          log.offMachine.push(url);
          return route.abort();
        });
        page.on('console', (message) => log.console.push({ type: message.type(), text: message.text(), page: page.url(), source: message.location().url }));
        page.on('pageerror', (error) => log.pageErrors.push(`${error.name}: ${error.message}`));
        page.on('request', (request) => log.requests.push({ url: request.url(), postData: request.postData() ?? '' }));
        page.on('response', (response) => {
          if (new URL(response.url()).pathname.startsWith('/api/')) {
            void response.text().then(
              (text) => log.apiResponses.push(text),
              () => undefined,
            );
          }
        });
        page.on('websocket', (socket) => log.webSockets.push(socket.url()));
        return page;
      },
      async screenshots(page, name, shot = {}) {
        const size = page.viewportSize() ?? { width: 1280, height: 900 };
        const height = shot.height ?? size.height;
        for (const [suffix, width] of [
          ['desktop', 1280],
          ['390', 390],
        ] as const) {
          await page.setViewportSize({ width, height: suffix === '390' ? Math.max(height, 844) : height });
          // Let layout and the frame-batched lists settle at the new width.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await page.screenshot({ path: join(options.artifactsDir, `${name}-${suffix}.png`), fullPage: true, omitBackground: shot.omitBackground ?? false });
        }
        await page.setViewportSize(size);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Off-machine requests and console errors (both must be empty: the simulator serves its own pictures). */
export function unexpectedTraffic(log: PageLog): { offMachine: string[]; consoleErrors: string[] } {
  return {
    offMachine: [...log.offMachine],
    consoleErrors: log.console.filter((line) => line.type === 'error').map((line) => `${line.text} (${line.source}) on ${line.page}`),
  };
}

/** Polls `condition` (Node side) until it holds, bounded. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
