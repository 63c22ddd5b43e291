import { test } from 'vitest';
import { clientFor } from './clientFor.js';
import { startSim } from './startSim.js';

/**
 * Vitest's `test` with simulator fixtures, each created only for the tests that name it
 * (`async ({ sim, client }) => …`) and torn down after the test, newest first:
 * - `sim`: a simulator from {@link startSim}, closed after the test;
 * - `client`: {@link clientFor}`(sim)`, closed after the test (before the simulator).
 *
 * @example
 * const it = simulatorTest;
 * it('opens one socket for the first subscriber', async ({ sim, client }) => {
 *   const unsubscribe = client.live('silent_creator').store.subscribe(() => {});
 *   await waitFor(() => openSockets(sim, 'silent_creator') === 1, 'socket open');
 *   unsubscribe();
 * });
 */
export const simulatorTest = test
  .extend('sim', async ({}, { onCleanup }) => {
    const sim = await startSim();
    onCleanup(() => sim.close());
    return sim;
  })
  .extend('client', async ({ sim }, { onCleanup }) => {
    const client = clientFor(sim);
    onCleanup(() => client.close());
    return client;
  });
