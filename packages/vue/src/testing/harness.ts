/**
 * Test helpers (not built or published): a simulator per test, a client with short timers and
 * a browser-style JWT provider, throwaway Vue components mounted with createApp, bounded polling.
 */
import { createLiveClient, type LiveClient, type LiveClientSettings } from '@tiktok-live-rx/core';
import { createSimulator, type Simulator } from '@tiktok-live-rx/simulator';
import { createApp, defineComponent, type App, type VNodeChild } from 'vue';
import { TikTokLivePlugin } from '../plugin.js';

/** Creators with deterministic, test-driven rooms (they emit only what a test injects). */
export const TEST_CREATORS = [
  { uniqueId: 'silent_creator', live: true, scenario: 'silent' as const, title: 'Silent test room' },
  { uniqueId: 'second_creator', live: true, scenario: 'silent' as const, title: 'Second test room' },
];

/** Starts a simulator on 127.0.0.1:0. */
export function startSim(): Promise<Simulator> {
  return createSimulator({ host: '127.0.0.1', port: 0, seed: 7, creators: TEST_CREATORS });
}

/** Grace period used by the test clients (the core default is 1 s). */
export const KEEP_ALIVE_MS = 100;

/**
 * A client pointed at the simulator, authenticating like a browser app: a short-lived JWT
 * fetched before every connect attempt (here minted by the simulator directly).
 */
export function clientFor(sim: Simulator, settings: LiveClientSettings = {}): LiveClient {
  return createLiveClient({
    url: sim.wsUrl,
    jwt: ({ uniqueId }) => sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 2 } }),
    keepAliveMs: KEEP_ALIVE_MS,
    connectTimeoutMs: 3000,
    stallTimeoutMs: false,
    reconnect: { baseDelay: 20, maxDelay: 100, minUptime: 60_000 },
    ...settings,
  });
}

/** Open sockets the simulator holds for a creator right now. */
export function openSockets(sim: Simulator, uniqueId: string): number {
  return sim.stats().byCreator[uniqueId] ?? 0;
}

/** Connect attempts the simulator saw for a creator. */
export function handshakes(sim: Simulator, uniqueId: string): number {
  return sim.handshakes.filter((h) => h.uniqueId === uniqueId).length;
}

/** Polls `predicate` every 10 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms` (only to let something NOT happen; never to wait for something). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A mounted throwaway component. */
export interface Mounted {
  readonly app: App;
  readonly container: HTMLElement;
  unmount(): void;
  /** `textContent` of `[data-testid=…]`, or `undefined` when absent. */
  text(testId: string): string | undefined;
}

/**
 * Mounts a throwaway component whose `setup` runs the composable in a real component scope
 * (with `TikTokLivePlugin` when `client` is given).
 */
export function mount(setup: () => () => VNodeChild, options: { client?: LiveClient; errors?: unknown[] } = {}): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp(defineComponent({ setup }));
  if (options.client) app.use(TikTokLivePlugin, { client: options.client });
  if (options.errors) {
    const errors = options.errors;
    app.config.errorHandler = (error) => void errors.push(error);
    // The failing component then has no render function; Vue's warning about it is noise here.
    app.config.warnHandler = () => {};
  }
  app.mount(container);
  let mounted = true;
  return {
    app,
    container,
    unmount: () => {
      if (!mounted) return;
      mounted = false;
      app.unmount();
      container.remove();
    },
    text: (testId) => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? undefined,
  };
}

/** A v2 chat item as the service sends it. */
export function chatItem(comment: string, n = 1): { type: string; data: Record<string, unknown> } {
  return {
    type: 'WebcastChatMessage',
    data: { comment, user: { userId: String(1000 + n), uniqueId: `user${n}`, nickname: `User ${n}` } },
  };
}
