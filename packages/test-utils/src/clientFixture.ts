import type { Simulator } from '@tiktok-live-rx/simulator';

/** What Vitest hands a builder fixture as its second argument (only the part used here). */
interface FixtureHooks {
  onCleanup(cleanup: () => unknown): void;
}

/**
 * A Vitest fixture (for `simulatorTest.extend('client', clientFixture(clientFor))`) that hands
 * tests `clientFor(sim)`, closed when the test ends (before the simulator). The caller brings
 * the client factory, so this package needs no dependency on the client.
 */
export function clientFixture<C extends { close(): void }>(
  clientFor: (sim: Simulator) => C,
): (context: { sim: Simulator }, hooks: FixtureHooks) => Promise<C> {
  // Vitest reads the fixture's dependencies from its source: `sim` must be destructured here.
  return async ({ sim }, { onCleanup }) => {
    const client = clientFor(sim);
    onCleanup(() => client.close());
    return client;
  };
}
