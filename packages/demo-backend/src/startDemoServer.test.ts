/**
 * The dev entry as a demo runs it: a child process with the Vite dev server, the backend
 * plugin and the embedded simulator; Ctrl-C (SIGINT) stops all of it with exit code 0, and
 * bad arguments exit with 2.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@tiktok-live-rx/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
});

function start(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', 'fixtures/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, EULER_API_KEY: '', EULER_ACCOUNT_ID: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('startDemoServer', () => {
  it('serves the page and the backend in one process, and SIGINT stops everything with exit 0', async () => {
    const demo = start(['--port', '0', '--host', '127.0.0.1']);
    await waitFor(() => /Open http:\/\/\S+/.test(demo.output()), { what: 'the banner', timeout: 60_000, interval: 50 });
    expect(demo.output()).toContain('tiktok-live-rx fixture demo');
    const url = /Open (http:\/\/\S+?)\/?\s/.exec(demo.output())?.[1] ?? '';

    const config = (await (await fetch(`${url}/api/live-config`)).json()) as { wsUrl: string; service: string };
    expect(config.service).toBe('simulator');
    expect(demo.output()).toContain(config.wsUrl);
    const jwt = await fetch(`${url}/api/jwt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"uniqueId":"gift_storm"}' });
    expect(jwt.status).toBe(200);
    expect(await (await fetch(`${url}/`)).text()).toContain('fixture page');

    demo.child.kill('SIGINT');
    expect(await demo.exit).toBe(0);
    expect(demo.output()).toContain('Bye.');
    // The simulator went with it: its port no longer answers.
    const simulatorHttp = config.wsUrl.replace(/^ws/, 'http');
    await expect(fetch(simulatorHttp)).rejects.toThrow();
  });

  it.each([[['--port', 'abc']], [['--nope']]])('exits with 2 for bad arguments %j', async (args) => {
    const demo = start(args);
    expect(await demo.exit).toBe(2);
    expect(demo.output()).toMatch(/port|Unknown option/i);
  });
});
