import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { liveTest as it, record, waitFor } from '../testing/liveTestHarness.js';

const child = fileURLToPath(new URL('./fixtures/errorsOnlyChild.ts', import.meta.url));

describe('errors$ on a fatal close', () => {
  it('a Node process whose only subscription is errors$ (next handler only) exits 0 after a 4401', async ({ sim }) => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', child, sim.wsUrl, 'wrong-api-key'],
        { timeout: 30_000 },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).not.toMatch(/AuthError|Unhandled|at /);
    expect(result.code).toBe(0);
    // It saw the fatal error as its last value.
    expect(result.stdout.trim().split('\n').at(-1)).toBe('errors$ auth 4401');
    expect(result.stdout).not.toContain('wrong-api-key');
  });

  it('emits the fatal error as its last value and completes (never errors)', async ({ newClient }) => {
    const live = newClient({ apiKey: 'not-the-key' }).live('silent_creator');
    const errors = record(live.errors$);
    await waitFor(() => errors.completed, 'errors$ completes');
    expect(errors.error).toBeUndefined();
    expect(errors.values.at(-1)).toMatchObject({ code: 'auth', closeCode: 4401 });
    // The store's code loads on first use: its snapshot catches up once loaded.
    await waitFor(() => live.store.getSnapshot().error !== undefined, 'the store shows the error');
    expect(live.store.getSnapshot().error).toBe(errors.values.at(-1));
  });
});
