/**
 * Test helpers (not built or published): StrictMode rendering with react-dom/client, and
 * `liveTest`, the shared simulator fixtures plus a `mount` fixture that unmounts after each
 * test. The framework-free pieces come from `@tiktok-live-rx/test-utils`.
 */
import { createLiveClient, type LiveClient, type LiveClientSettings, type LiveSource } from '@tiktok-live-rx/core';
import {
  clientFixture,
  createTestView,
  mountFixture,
  simulatorClient,
  simulatorTest,
  type TestView,
} from '@tiktok-live-rx/test-utils';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root, type RootOptions } from 'react-dom/client';
import { TikTokLiveProvider } from '../TikTokLiveProvider.js';

export { KEEP_ALIVE_MS, chatItem, handshakes, openSockets, sleep, waitFor } from '@tiktok-live-rx/test-utils';

/** A client pointed at the simulator with short timers and browser-style JWT auth; `settings` override. */
export const clientFor = simulatorClient<LiveClientSettings, LiveClient>(createLiveClient);

/** A mounted tree inside `<StrictMode>` (and a provider when `client` is given). */
export interface Mounted extends TestView {
  /** Renders new children into the same root (same StrictMode + provider wrapper). */
  rerender(ui: ReactNode): void;
}

/** Options of {@link mount}. */
export interface MountOptions {
  /** Wraps the tree in a `TikTokLiveProvider` with this client. @default no provider */
  client?: LiveSource;
  /** Options of `createRoot`. @default {} */
  root?: RootOptions;
}

/** Renders `ui` with react-dom/client inside `<StrictMode>` (no act(): tests poll the DOM). */
export function mount(ui: ReactNode, options: MountOptions = {}): Mounted {
  const wrap = (children: ReactNode): ReactNode => (
    <StrictMode>{options.client ? <TikTokLiveProvider client={options.client}>{children}</TikTokLiveProvider> : children}</StrictMode>
  );
  let root!: Root;
  const view = createTestView((container) => {
    root = createRoot(container, options.root);
    root.render(wrap(ui));
    return () => root.unmount();
  });
  return { ...view, rerender: (next) => root.render(wrap(next)) };
}

/**
 * `simulatorTest` (fixture `sim`), `client`: {@link clientFor}`(sim)`, plus `mount`: {@link mount}, with every tree
 * it mounted unmounted after the test, before the client and the simulator close.
 */
export const liveTest = simulatorTest.extend('client', clientFixture(clientFor)).extend('mount', mountFixture(mount));
