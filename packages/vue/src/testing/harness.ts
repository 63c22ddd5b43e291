/**
 * Test helpers (not built or published): throwaway Vue components mounted with createApp, and
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
import { createApp, defineComponent, type App, type VNodeChild } from 'vue';
import { TikTokLivePlugin } from '../plugin.js';

export { KEEP_ALIVE_MS, chatItem, handshakes, openSockets, sleep, waitFor } from '@tiktok-live-rx/test-utils';

/** A client pointed at the simulator with short timers and browser-style JWT auth; `settings` override. */
export const clientFor = simulatorClient<LiveClientSettings, LiveClient>(createLiveClient);

/** A mounted throwaway component. */
export interface Mounted extends TestView {
  readonly app: App;
}

/** Options of {@link mount}. */
export interface MountOptions {
  /** Installs `TikTokLivePlugin` with this client. @default no plugin */
  client?: LiveSource;
  /** Collects errors thrown in the component (and silences Vue's warnings). @default Vue's default handling */
  errors?: unknown[];
}

/**
 * Mounts a throwaway component whose `setup` runs the composable in a real component scope
 * (with `TikTokLivePlugin` when `client` is given).
 */
export function mount(setup: () => () => VNodeChild, options: MountOptions = {}): Mounted {
  const app = createApp(defineComponent({ setup }));
  if (options.client) app.use(TikTokLivePlugin, { client: options.client });
  if (options.errors) {
    const errors = options.errors;
    app.config.errorHandler = (error) => void errors.push(error);
    // The failing component then has no render function; Vue's warning about it is noise here.
    app.config.warnHandler = () => {};
  }
  const view = createTestView((container) => {
    app.mount(container);
    return () => app.unmount();
  });
  return { ...view, app };
}

/**
 * `simulatorTest` (fixture `sim`), `client`: {@link clientFor}`(sim)`, plus `mount`: {@link mount}, with every
 * component it mounted unmounted after the test, before the client and the simulator close.
 */
export const liveTest = simulatorTest.extend('client', clientFixture(clientFor)).extend('mount', mountFixture(mount));
