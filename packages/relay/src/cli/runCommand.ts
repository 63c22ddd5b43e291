/**
 * Runs a parsed command. Output goes to the given writer; the worker runs until
 * SIGTERM/SIGINT, then drains (hands its creators over) and resolves.
 */
import { createLiveClient, type LiveClient } from '@tiktok-live-rx/core';
import { createRelayAdmin } from '../createRelayAdmin.js';
import { createRelayClient } from '../createRelayClient.js';
import { startRelayWorker } from '../startRelayWorker.js';
import type { RelayCommand } from './parseCommand.js';
import { HELP } from './parseCommand.js';

/** Where the bin writes and what it reads from the environment. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGTERM / SIGINT). */
  readonly stopSignal: Promise<string>;
}

/** Runs `command`; resolves with the exit code. */
export async function runCommand(command: RelayCommand, io: CommandIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.out(HELP);
      return 0;
    case 'add':
    case 'remove': {
      const admin = await createRelayAdmin({ servers: command.servers, prefix: command.prefix, connectOptions: natsAuth(io.env) });
      try {
        await (command.kind === 'add' ? admin.add(command.uniqueId) : admin.remove(command.uniqueId));
        io.out(`${command.kind === 'add' ? 'added' : 'removed'} ${command.uniqueId}`);
      } finally {
        await admin.close();
      }
      return 0;
    }
    case 'list': {
      const admin = await createRelayAdmin({ servers: command.servers, prefix: command.prefix, connectOptions: natsAuth(io.env) });
      try {
        const rows = await admin.list();
        io.out(['creator', 'owner', 'state', 'events/s'].join('\t'));
        for (const row of rows) io.out([row.uniqueId, row.owner ?? '-', row.status ?? 'unclaimed', String(row.eventsPerSecond)].join('\t'));
      } finally {
        await admin.close();
      }
      return 0;
    }
    case 'watch': {
      const client = createRelayClient({ servers: command.servers, prefix: command.prefix, connectOptions: natsAuth(io.env) });
      const live = client.live(command.uniqueId);
      const subscriptions = [
        live.state$.subscribe((s) => io.out(JSON.stringify({ state: s.status, link: s.link, worker: s.worker?.workerId }))),
        live.events$.subscribe((e) => io.out(JSON.stringify(e))),
        live.gaps$.subscribe((g) => io.out(JSON.stringify({ gap: g }))),
      ];
      await io.stopSignal;
      for (const s of subscriptions) s.unsubscribe();
      await client.close();
      return 0;
    }
    case 'worker': {
      const { client, stop } = await workerClient(command.url, io);
      const worker = await startRelayWorker({
        servers: command.servers,
        connectOptions: natsAuth(io.env),
        client,
        capacity: command.capacity,
        workerId: command.workerId,
        prefix: command.prefix,
        leaseTtlMs: command.leaseTtlMs,
      });
      io.out(JSON.stringify({ worker: worker.workerId, capacity: command.capacity }));
      const signal = await io.stopSignal;
      io.out(`${signal}: draining ${worker.held().length} creators`);
      await worker.drain();
      client.close();
      await stop();
      io.out('drained');
      return 0;
    }
  }
}

/** The worker's core client: Euler with `EULER_API_KEY`, else an embedded simulator. */
async function workerClient(url: string | undefined, io: CommandIo): Promise<{ client: LiveClient; stop: () => Promise<void> }> {
  const apiKey = io.env.EULER_API_KEY;
  if (apiKey) return { client: createLiveClient({ apiKey, ...(url ? { url } : {}) }), stop: async () => {} };
  const { createSimulator, DEMO_API_KEY } = await import('@tiktok-live-rx/simulator');
  const sim = await createSimulator({ host: '127.0.0.1', port: 0, maxSocketsPerAccount: 100_000 });
  io.out(JSON.stringify({ simulator: sim.wsUrl, creators: sim.creators }));
  return { client: createLiveClient({ apiKey: DEMO_API_KEY, url: sim.wsUrl }), stop: () => sim.close() };
}

/** NATS credentials from the environment: `NATS_USER` + `NATS_PASSWORD`, or `NATS_TOKEN`. */
function natsAuth(env: CommandIo['env']): { user?: string; pass?: string; token?: string } {
  if (env.NATS_TOKEN) return { token: env.NATS_TOKEN };
  if (env.NATS_USER) return { user: env.NATS_USER, pass: env.NATS_PASSWORD ?? '' };
  return {};
}
