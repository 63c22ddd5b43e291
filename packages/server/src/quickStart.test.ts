/**
 * The README's quick start is `examples/server.ts`, word for word, and it runs: started as a
 * child process (as `npx tsx server.ts` would) against the simulator, it mints a token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { startSim, waitFor } from '@tiktok-live-rx/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const API_KEY = `quick-start-${randomUUID()}`;
let sim: Simulator;
let child: ChildProcess | undefined;

beforeAll(async () => {
  sim = await startSim({ apiKeys: [API_KEY], accountId: 9 });
});
afterAll(async () => {
  if (child?.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await sim.close();
});

describe('README quick start', () => {
  it('is examples/server.ts verbatim', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const example = readFileSync(`${root}examples/server.ts`, 'utf8');
    const quickStart = readme.split('## Quick start')[1] ?? '';
    const block = /```ts\n([\s\S]*?)```/.exec(quickStart)?.[1];
    expect(block).toBe(example);
  });

  it('runs: mints a token for the creator and answers a bad handle with 400 JSON', async () => {
    let output = '';
    child = spawn(process.execPath, ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', 'examples/server.ts'], {
      cwd: root,
      env: { ...process.env, EULER_API_KEY: API_KEY, EULER_ACCOUNT_ID: '9', EULER_REST_URL: sim.httpUrl, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\/api\/jwt/.test(output), { what: 'the example to listen', timeout: 30_000 });
    const url = /(http:\/\/127\.0\.0\.1:\d+)\/api\/jwt/.exec(output)?.[1] ?? '';

    const minted = await fetch(`${url}/api/jwt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"uniqueId":"@Silent_Creator"}' });
    expect(minted.status).toBe(200);
    expect(await minted.json()).toMatchObject({ uniqueId: 'silent_creator', token: expect.stringMatching(/^eyJ/) });
    const bad = await fetch(`${url}/api/jwt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"uniqueId":"no way"}' });
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'invalid-unique-id']);
    const video = await fetch(`${url}/api/room-video?uniqueId=silent_creator`);
    expect(video.status).toBe(200);
    expect(output).not.toContain(API_KEY);
  });
});
