import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { connectUrl, waitUntil } from './testing/connectClient.js';

const binPath = fileURLToPath(new URL('./bin.ts', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', binPath, ...args], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, exited, stderr: () => stderr };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('tiktok-live-sim CLI', () => {
  it('prints one JSON line first, logs connections with closes, redacts keys, and exits 0 on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--api-key', 'super-secret-key', '--seed', '9']);
    await waitUntil(() => cli.lines.length >= 1, 15_000, 'first line');
    const first = JSON.parse(cli.lines[0]!) as { ws: string; http: string; apiKey: string; accountId: number };
    expect(Object.keys(first)).toEqual(['ws', 'http', 'apiKey', 'accountId']);
    expect(first.apiKey).toBe('super-secret-key');
    expect(first.ws).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const client = connectUrl(`${first.ws}/?uniqueId=offline_creator&apiKey=super-secret-key`);
    expect((await client.closed).code).toBe(4404);
    await waitUntil(() => cli.lines.some((l) => l.includes('code=4404')), 10_000, 'close log');
    const log = cli.lines.slice(1).join('\n');
    expect(log).toContain('apiKey=[redacted]');
    expect(log).not.toContain('super-secret-key');

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('keeps serving after a reader takes the first line and closes the pipe', async () => {
    const cli = startCli(['--port', '0', '--seed', '3']);
    await waitUntil(() => cli.lines.length >= 1, 15_000, 'first line');
    const first = JSON.parse(cli.lines[0]!) as { ws: string; apiKey: string };
    cli.child.stdout.destroy(); // like `tiktok-live-sim | head -1`
    // Connections make the simulator log; with stdout gone that must not crash it.
    for (let i = 0; i < 3; i++) {
      const client = connectUrl(`${first.ws}/?uniqueId=offline_creator&apiKey=${first.apiKey}`);
      expect((await client.closed).code).toBe(4404);
    }
    expect(cli.child.exitCode).toBeNull();
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('exits 2 with a message for bad flags', async () => {
    const cli = startCli(['--time-scale', 'fast']);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(/--time-scale/);
    const unknown = startCli(['--nope']);
    expect(await unknown.exited).toBe(2);
  });

  it('prints help', async () => {
    const cli = startCli(['--help']);
    expect(await cli.exited).toBe(0);
    expect(cli.lines.join('\n')).toMatch(/Usage: tiktok-live-sim/);
  });
});
