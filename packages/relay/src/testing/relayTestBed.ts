/**
 * Test bed: a real nats-server and the simulator, plus helpers to start workers (in this
 * process or as child processes running the bin) and consumers against them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { createLiveClient, type LiveClient } from '@tiktok-live-rx/core';
import { DEMO_API_KEY, type Simulator } from '@tiktok-live-rx/simulator';
import { startSim, waitFor } from '@tiktok-live-rx/test-utils';
import { createRelayAdmin, type RelayAdmin } from '../createRelayAdmin.js';
import { createRelayClient, type RelayClient, type RelayClientOptions } from '../createRelayClient.js';
import { startRelayWorker, type RelayWorker, type RelayWorkerOptions } from '../startRelayWorker.js';
import { formatNatsPermissions, readOnlyPermissions } from '../readOnlyPermissions.js';
import { startNatsServer, type NatsServerHandle, type StartNatsServerOptions } from './startNatsServer.js';

/** Short timers so failover tests stay fast. */
export const TEST_LEASE_TTL_MS = 1500;

/** A nats-server, a simulator and cleanup for everything started through the bed. */
export interface RelayTestBed {
  readonly nats: NatsServerHandle;
  readonly sim: Simulator;
  readonly admin: RelayAdmin;
  /** A core client pointed at the simulator (API key auth). */
  newLiveClient(): LiveClient;
  /** An in-process worker with test timers. */
  startWorker(options?: Partial<RelayWorkerOptions>): Promise<RelayWorker>;
  /** A worker in its own process (the bin), for SIGKILL/SIGTERM tests. */
  spawnWorker(workerId: string, capacity: number): ChildProcess;
  /** A consumer. */
  newRelayClient(options?: Partial<RelayClientOptions>): RelayClient;
  /** A plain NATS connection (closed by `close`). */
  newConnection(): Promise<NatsConnection>;
  close(): Promise<void>;
}

// A string, not a URL object: under happy-dom the global URL is not Node's.
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin.ts');

/** The users of a bed started with `users: true`: a full worker user and a read-only viewer. */
export const TEST_USERS = { worker: { user: 'worker', pass: 'worker-secret' }, viewer: { user: 'viewer', pass: 'viewer-secret' } } as const;

/** Starts the bed; `creators` silent rooms are added to the simulator as `c0`, `c1`, … (plus the test creators). */
export async function startRelayTestBed(
  options: { creators?: number; nats?: StartNatsServerOptions; users?: boolean } = {},
): Promise<RelayTestBed> {
  const extra = Array.from({ length: options.creators ?? 0 }, (_, i) => ({ uniqueId: `c${i}`, live: true, scenario: 'silent' as const }));
  const authorization = options.users
    ? `users: [
        { user: "${TEST_USERS.worker.user}", password: "${TEST_USERS.worker.pass}" },
        { user: "${TEST_USERS.viewer.user}", password: "${TEST_USERS.viewer.pass}", permissions: ${formatNatsPermissions(readOnlyPermissions())} }
      ]`
    : undefined;
  const nats = await startNatsServer({ ...options.nats, ...(authorization ? { authorization } : {}) });
  // Everything the bed starts itself logs in as the full user.
  const natsUrl = nats.url;
  const connectOptions = options.users ? { user: TEST_USERS.worker.user, pass: TEST_USERS.worker.pass } : {};
  const sim = await startSim({
    maxSocketsPerAccount: 10_000,
    creators: [
      { uniqueId: 'silent_creator', live: true, scenario: 'silent', title: 'Silent test room' },
      { uniqueId: 'second_creator', live: true, scenario: 'silent', title: 'Second test room' },
      { uniqueId: 'dotted.creator', live: true, scenario: 'silent', title: 'Dotted room' },
      ...extra,
    ],
  });
  const admin = await createRelayAdmin({ servers: natsUrl, connectOptions });
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const newLiveClient = (): LiveClient => {
    const client = createLiveClient({
      apiKey: DEMO_API_KEY,
      url: sim.wsUrl,
      keepAliveMs: 50,
      connectTimeoutMs: 5000,
      stallTimeoutMs: false,
      reconnect: { baseDelay: 50, maxDelay: 500 },
    });
    cleanups.push(() => client.close());
    return client;
  };
  return {
    nats,
    sim,
    admin,
    newLiveClient,
    async startWorker(workerOptions = {}) {
      const worker = await startRelayWorker({
        servers: natsUrl,
        connectOptions,
        client: newLiveClient(),
        capacity: 1000,
        leaseTtlMs: TEST_LEASE_TTL_MS,
        totalsIntervalMs: 50,
        ...workerOptions,
      });
      cleanups.push(() => worker.close());
      return worker;
    },
    spawnWorker(workerId, capacity) {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@tiktok-live-rx/source',
          '--import',
          'tsx',
          BIN,
          'relay',
          'worker',
          '--nats',
          natsUrl,
          '--capacity',
          String(capacity),
          '--worker-id',
          workerId,
          '--lease-ttl',
          String(TEST_LEASE_TTL_MS),
          '--url',
          sim.wsUrl,
        ],
        { env: { ...process.env, EULER_API_KEY: DEMO_API_KEY, ...(options.users ? { NATS_USER: TEST_USERS.worker.user, NATS_PASSWORD: TEST_USERS.worker.pass } : {}) }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let log = '';
      child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      (child as ChildProcess & { log: () => string }).log = () => log;
      cleanups.push(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      });
      return child;
    },
    newRelayClient(clientOptions = {}) {
      const client = createRelayClient({ servers: natsUrl, connectOptions, keepAliveMs: 50, ...clientOptions });
      cleanups.push(() => client.close());
      return client;
    },
    async newConnection() {
      const nc = await connect({ ...connectOptions, servers: natsUrl });
      cleanups.push(() => nc.close());
      return nc;
    },
    async close() {
      for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
      await admin.close().catch(() => {});
      await sim.close();
      await nats.stop();
    },
  };
}

/** Waits until `worker` holds `count` creators. */
export function waitForHeld(worker: RelayWorker, count: number, timeout = 15_000): Promise<void> {
  return waitFor(() => worker.held().length === count, { what: `${worker.workerId} holding ${count}`, timeout, interval: 50 });
}

export { waitFor };
