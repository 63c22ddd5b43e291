/**
 * The harness of one e2e suite: started (and opened) before the suite, closed after it. A
 * setup failure is kept for the suite's first test to throw, with its own message, instead of
 * failing the hook (which Vitest reports as skipped tests).
 */
import { afterAll, beforeAll } from 'vitest';
import { startDemoHarness, type DemoHarness, type DemoHarnessOptions, type HarnessBackend } from './demoHarness.js';

/** The running harness of a suite, and how its setup went. */
export interface SuiteHarness<B extends HarnessBackend> {
  /** The harness; throws when setup did not get that far. */
  harness(): DemoHarness<B>;
  /** Throws the setup's error, if any (call it in the suite's first test). */
  assertSetUp(): void;
}

/** Registers the hooks that start the harness, run `open` on it (pages, navigation), and close it. */
export function suiteHarness<B extends HarnessBackend>(
  options: DemoHarnessOptions<B>,
  open: (harness: DemoHarness<B>) => Promise<void>,
): SuiteHarness<B> {
  let harness: DemoHarness<B> | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      harness = await startDemoHarness(options);
      await open(harness);
    } catch (error) {
      setupError = error;
    }
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });
  return {
    harness: () => {
      if (harness === undefined) throw new Error('the harness is not set up: see the first test');
      return harness;
    },
    assertSetUp: () => {
      if (setupError !== undefined) throw setupError;
    },
  };
}
