/**
 * Test helpers (not built or published): a simulator per test, a client with short timers and
 * a browser-style JWT provider, StrictMode rendering with react-dom/client, bounded polling.
 */
import { createLiveClient, type LiveClient, type LiveClientSettings } from '@tiktok-live-rx/core';
import { createSimulator, type Simulator } from '@tiktok-live-rx/simulator';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type RootOptions } from 'react-dom/client';
import { TikTokLiveProvider } from '../TikTokLiveProvider.js';

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

/** A mounted tree inside `<StrictMode>` (and a provider when `client` is given). */
export interface Mounted {
  readonly container: HTMLElement;
  /** Renders new children into the same root (same StrictMode + provider wrapper). */
  rerender(ui: ReactNode): void;
  unmount(): void;
  /** `textContent` of `[data-testid=…]`, or `undefined` when absent. */
  text(testId: string): string | undefined;
}

/** Renders `ui` with react-dom/client inside `<StrictMode>` (no act(): tests poll the DOM). */
export function mount(ui: ReactNode, options: { client?: LiveClient; root?: RootOptions } = {}): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, options.root);
  const wrap = (children: ReactNode): ReactNode => (
    <StrictMode>{options.client ? <TikTokLiveProvider client={options.client}>{children}</TikTokLiveProvider> : children}</StrictMode>
  );
  root.render(wrap(ui));
  return {
    container,
    rerender: (next) => root.render(wrap(next)),
    unmount: () => {
      root.unmount();
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
