/**
 * Test helper: a real `nats-server -js` (Debian's 2.9 at /usr/sbin/nats-server, or
 * `NATS_SERVER_BIN`) on a random port with a temporary store directory, optionally a
 * WebSocket listener and users. Stopped by PID. Never a mock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Options of {@link startNatsServer}. */
export interface StartNatsServerOptions {
  /** Also listen for NATS over WebSocket (no TLS) on a random port. @default false */
  websocket?: boolean;
  /** Raw `authorization { … }` block body (users and permissions); none = no auth. */
  authorization?: string;
}

/** A running nats-server. */
export interface NatsServerHandle {
  /** `nats://127.0.0.1:PORT`. */
  readonly url: string;
  /** The TCP port. */
  readonly port: number;
  /** `ws://127.0.0.1:PORT` when `websocket` was asked for. */
  readonly wsUrl: string | undefined;
  /** The server's process id. */
  readonly pid: number;
  /** SIGTERM by PID (SIGKILL after 5 s), waits for exit, removes the store directory. Idempotent. */
  stop(): Promise<void>;
  /** Stops the process but keeps the store; `restart()` brings it back on the same ports. */
  pause(): Promise<void>;
  /** Starts it again on the same ports and store after {@link NatsServerHandle.pause}. */
  restart(): Promise<void>;
}

/** The nats-server binary tests use. */
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

/** Starts nats-server with JetStream; resolves once it accepts TCP connections. */
export async function startNatsServer(options: StartNatsServerOptions = {}): Promise<NatsServerHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'relay-nats-'));
  const port = await freePort();
  const wsPort = options.websocket ? await freePort() : undefined;
  const config = [
    `listen: 127.0.0.1:${port}`,
    `jetstream { store_dir: "${join(dir, 'js')}" }`,
    wsPort === undefined ? '' : `websocket { listen: "127.0.0.1:${wsPort}"\n no_tls: true }`,
    options.authorization ? `authorization { ${options.authorization} }` : '',
  ].join('\n');
  const configPath = join(dir, 'nats.conf');
  writeFileSync(configPath, config);

  let child: ChildProcess | undefined;
  const launch = async (): Promise<void> => {
    const proc = spawn(NATS_SERVER_BIN, ['-c', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    child = proc;
    let log = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      if (log.length < 20_000) log += chunk.toString();
    });
    const deadline = Date.now() + 15_000;
    while (!log.includes('Server is ready')) {
      if (proc.exitCode !== null) throw new Error(`nats-server exited (${proc.exitCode}): ${log}`);
      if (Date.now() > deadline) throw new Error(`nats-server did not start: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const kill = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    process.kill(proc.pid!, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (proc.exitCode === null && proc.signalCode === null) process.kill(proc.pid!, 'SIGKILL');
  };
  await launch();
  let stopped = false;
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    wsUrl: wsPort === undefined ? undefined : `ws://127.0.0.1:${wsPort}`,
    get pid() {
      return child?.pid ?? -1;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    pause: kill,
    restart: launch,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
