import { test } from 'vitest';
import { startSim } from './startSim.js';

/**
 * Vitest's `test` with a `sim` fixture, created only for the tests that name it
 * (`async ({ sim }) => …`): a simulator from {@link startSim}, closed after the test.
 * Packages add their own client fixture on top (see `clientFixture`).
 *
 * @example
 * const it = simulatorTest.extend('client', clientFixture((sim) => createLiveClient(testClientSettings(sim))));
 * it('opens one socket for the first subscriber', async ({ sim, client }) => {
 *   const unsubscribe = client.live('silent_creator').store.subscribe(() => {});
 *   await waitFor(() => openSockets(sim, 'silent_creator') === 1, 'socket open');
 *   unsubscribe();
 * });
 */
export const simulatorTest = test.extend('sim', async ({}, { onCleanup }) => {
  const sim = await startSim();
  onCleanup(() => sim.close());
  return sim;
});
