/**
 * `@tiktok-live-rx/test-utils` (private, never published): test helpers shared by the
 * workspace packages. Framework-free: a simulator per test, browser-style test clients,
 * bounded polling and simulator counters, DOM test views, Vitest fixtures.
 */
export { TEST_CREATORS, startSim } from './startSim.js';
export { KEEP_ALIVE_MS, clientFor, type TestClientSettings } from './clientFor.js';
export { simulatorTest } from './simulatorTest.js';
export { mountFixture } from './mountFixture.js';
export { createTestView, type TestView } from './createTestView.js';
export { waitFor, type WaitForOptions } from './waitFor.js';
export { sleep } from './sleep.js';
export { handshakes, openSockets } from './openSockets.js';
export { chatItem } from './chatItem.js';
export { listenLocal, type LocalServer } from './listenLocal.js';
