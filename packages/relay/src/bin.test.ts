/**
 * The bin against a real nats-server: add, list (owner, state, events/s), watch, remove.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));
const ARGS = ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', BIN];

let bed: RelayTestBed;
beforeEach(async () => {
  bed = await startRelayTestBed();
});
afterEach(async () => {
  await bed.close();
});

// Asynchronous on purpose: the in-process worker must keep renewing its leases meanwhile.
function run(...args: string[]): Promise<{ stdout: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...ARGS, ...args, '--nats', bed.nats.url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (status) => resolve({ stdout, status }));
  });
}

describe('tiktok-live-rx', () => {
  it('add, list, watch and remove', async () => {
    expect((await run('add', '@Silent_Creator')).stdout).toBe('added silent_creator\n');
    const worker = await bed.startWorker({ workerId: 'w1' });
    await waitForHeld(worker, 1);
    await waitFor(() => bed.sim.stats().byCreator['silent_creator'] === 1, { what: 'socket', timeout: 10_000 });

    let listed = '';
    const deadline = Date.now() + 20_000;
    while (!listed.includes('connected') && Date.now() < deadline) listed = (await run('list')).stdout;
    expect(listed.split('\n')[0]).toBe('creator\towner\tstate\tevents/s');
    expect(listed).toMatch(/^silent_creator\tw1\tconnected\t\d+$/m);

    const watch = spawn(process.execPath, [...ARGS, 'watch', 'silent_creator', '--nats', bed.nats.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    watch.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      await waitFor(() => out.includes('"state":"connected"'), { what: 'watch connected', timeout: 20_000 });
      bed.sim.inject('silent_creator', [chatItem('watched', 1)]);
      await waitFor(() => out.includes('"content":"watched"'), { what: 'watched chat', timeout: 10_000 });
    } finally {
      watch.kill('SIGTERM');
    }

    expect((await run('remove', 'silent_creator')).stdout).toBe('removed silent_creator\n');
    await waitForHeld(worker, 0);
    expect((await run('list')).stdout).toBe('creator\towner\tstate\tevents/s\n');
  }, 90_000);
});
