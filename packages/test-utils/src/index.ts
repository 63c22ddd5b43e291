/**
 * `@tiktok-live-rx/test-utils` (private, never published): test helpers shared by the
 * workspace packages. Framework-free and client-free (no dependency on core, so no
 * workspace cycle): a simulator per test, browser-style test client settings, bounded
 * polling and simulator counters, DOM test views, Vitest fixtures.
 */
export { TEST_CREATORS, startSim } from './startSim.js';
export {
  KEEP_ALIVE_MS,
  testClientSettings,
  type TestClientAuth,
  type TestClientSettings,
  type TestCredential,
} from './testClientSettings.js';
export { simulatorTest } from './simulatorTest.js';
export { clientFixture } from './clientFixture.js';
export { simulatorClient } from './simulatorClient.js';
export { mountFixture } from './mountFixture.js';
export { createTestView, type TestView } from './createTestView.js';
export { waitFor, type WaitForOptions } from './waitFor.js';
export { sleep } from './sleep.js';
export { handshakes, openSockets } from './openSockets.js';
export { chatItem } from './chatItem.js';
export { listenLocal, type LocalServer } from './listenLocal.js';
