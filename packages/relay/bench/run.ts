/**
 * `pnpm bench` for the relay (not a test): a real nats-server, the simulator in its own
 * process and the worker in its own process.
 *
 * Run 1: one worker holds BENCH_CREATORS (1000) creators × BENCH_RATE (20) events/s for
 * BENCH_SECONDS (10): worker CPU and RSS, inject→consumer and stored→consumer latency
 * p50/p99, events lost; and the worker's CPU per event against a baseline process that
 * holds the same connections through the same core client without publishing (same run).
 * Run 2: one creator fanned out to BENCH_CONSUMERS (1000) relay consumers: NATS delivery
 * rate and the consumer process's CPU.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createRelayAdmin } from '../src/createRelayAdmin.js';
import { startNatsServer } from '../src/testing/startNatsServer.js';

const CREATORS = Number(process.env.BENCH_CREATORS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONSUMERS = Number(process.env.BENCH_CONSUMERS ?? 1000);
const EXEC_ARGV = ['--conditions=@tiktok-live-rx/source', '--import', 'tsx'];

type Reply = Record<string, unknown>;

function child(file: string, env: Record<string, string>): { proc: ChildProcess; ask: (cmd: string, extra?: object) => Promise<Reply>; first: Promise<Reply> } {
  const profile = process.env.BENCH_PROFILE && file.includes('worker') ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : [];
  const proc = fork(fileURLToPath(new URL(file, import.meta.url)), [], { execArgv: [...EXEC_ARGV, ...profile], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const first = new Promise<Reply>((resolve) => proc.once('message', (m) => resolve(m as Reply)));
  const ask = (cmd: string, extra: object = {}): Promise<Reply> =>
    new Promise((resolve) => {
      proc.once('message', (m) => resolve(m as Reply));
      proc.send({ cmd, ...extra });
    });
  return { proc, ask, first };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (process.env.BENCH_DEBUG) console.log(`waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(250);
  }
}
const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const nats = await startNatsServer();
const sim = child('./simProcess.ts', { BENCH_CREATORS: String(CREATORS) });
const { wsUrl, ids } = (await sim.first) as { wsUrl: string; ids: string[] };
const admin = await createRelayAdmin({ servers: nats.url });
for (let i = 0; i < ids.length; i += 100) await Promise.all(ids.slice(i, i + 100).map((id) => admin.add(id)));
console.log(`relay bench: ${CREATORS} creators x ${RATE} events/s for ${SECONDS} s; nats-server pid ${nats.pid}`);

interface WorkerRun {
  cpuMs: number;
  rssMb: number;
  sent: number;
}
async function measureWorker(mode: 'hold' | 'publish', onWindow?: { start(): void; settle(sent: number): Promise<void> }): Promise<{ run: WorkerRun; worker: ReturnType<typeof child> }> {
  const worker = child('./workerProcess.ts', { BENCH_MODE: mode, BENCH_IDS: JSON.stringify(ids), BENCH_SIM_URL: wsUrl, BENCH_NATS_URL: nats.url });
  await worker.first;
  await until(`${mode} worker connected to ${CREATORS}`, async () => {
    const status = await worker.ask('status');
    if (process.env.BENCH_DEBUG) console.log(status);
    return status.connected === CREATORS;
  });
  await sleep(1000);
  onWindow?.start();
  const before = await worker.ask('mark');
  await sim.ask('start', { rate: RATE });
  await sleep(SECONDS * 1000);
  const { sent } = (await sim.ask('stop')) as { sent: number };
  await onWindow?.settle(sent);
  const after = await worker.ask('mark');
  return { run: { cpuMs: (after.cpuMs as number) - (before.cpuMs as number), rssMb: after.rssMb as number, sent }, worker };
}

// --- run 1a: baseline, holding without publishing ------------------------------------
const hold = await measureWorker('hold');
hold.worker.proc.kill();
await sleep(1500);

// --- run 1b: the relay worker, with a consumer of every event ------------------------
const nc = await connect({ servers: nats.url });
const js = jetstream(nc);
const injectLatency: number[] = [];
const storeLatency: number[] = [];
const seen = new Set<string>();
let counting = false;
const consumer = await js.consumers.get('TLRX_EVENTS', { filter_subjects: 'tlrx.ev.*.WebcastChatMessage', deliver_policy: DeliverPolicy.New });
const messages = await consumer.consume();
void (async () => {
  for await (const m of messages) {
    if (!counting) continue;
    const now = Date.now();
    const body = m.json<{ content?: string; common?: { msgId?: string } }>();
    seen.add(`${m.subject}:${body.common?.msgId}`);
    injectLatency.push(now - Number(body.content?.slice(2)));
    storeLatency.push(now - m.info.timestampNanos / 1e6);
  }
})();
const publish = await measureWorker('publish', {
  start: () => (counting = true),
  async settle(sent) {
    const deadline = Date.now() + 30_000;
    while (seen.size < sent && Date.now() < deadline) await sleep(200);
  },
});
counting = false;
await messages.close();
const lost = publish.run.sent - seen.size;
injectLatency.sort((a, b) => a - b);
storeLatency.sort((a, b) => a - b);
const perEventHold = (hold.run.cpuMs * 1000) / hold.run.sent;
const perEventPublish = (publish.run.cpuMs * 1000) / publish.run.sent;
console.log('\nrun 1: one worker, %d creators x %d events/s', CREATORS, RATE);
console.table({
  'hold only (baseline)': { events: hold.run.sent, 'CPU %': +((hold.run.cpuMs / (SECONDS * 10))).toFixed(1), 'RSS MB': +hold.run.rssMb.toFixed(0), 'CPU us/event': +perEventHold.toFixed(1) },
  'relay worker': { events: publish.run.sent, 'CPU %': +((publish.run.cpuMs / (SECONDS * 10))).toFixed(1), 'RSS MB': +publish.run.rssMb.toFixed(0), 'CPU us/event': +perEventPublish.toFixed(1) },
});
console.log(`worker CPU per event vs hold-only: ${(perEventPublish / perEventHold).toFixed(2)}x`);
console.log(`inject->consumer latency p50 ${pct(injectLatency, 50)} ms, p99 ${pct(injectLatency, 99)} ms; stored->consumer p50 ${pct(storeLatency, 50).toFixed(1)} ms, p99 ${pct(storeLatency, 99).toFixed(1)} ms`);
console.log(`events lost: ${lost} of ${publish.run.sent}`);

// --- run 2: one creator fanned out to many consumers ---------------------------------
const creator = ids[0]!;
const fanout = child('./fanoutProcess.ts', { BENCH_CONSUMERS: String(CONSUMERS), BENCH_CREATOR: creator, BENCH_NATS_URL: nats.url });
await fanout.first;
await until(`${CONSUMERS} consumers ready`, async () => (await fanout.ask('status')).ready === CONSUMERS);
await sleep(1000);
const f0 = await fanout.ask('mark');
const t0 = Date.now();
await sim.ask('start', { rate: RATE, only: [creator] });
await sleep(SECONDS * 1000);
const { sent: fanSent } = (await sim.ask('stop')) as { sent: number };
const expected = fanSent * CONSUMERS;
let f1 = await fanout.ask('mark');
const deadline = Date.now() + 60_000;
while ((f1.delivered as number) - (f0.delivered as number) < expected && Date.now() < deadline) {
  await sleep(250);
  f1 = await fanout.ask('mark');
}
const elapsed = (Date.now() - t0) / 1000;
const delivered = (f1.delivered as number) - (f0.delivered as number);
const fanCpu = (f1.cpuMs as number) - (f0.cpuMs as number);
console.log('\nrun 2: 1 creator x %d events/s fanned out to %d consumers', RATE, CONSUMERS);
console.table({
  fanout: {
    delivered,
    expected,
    'deliveries/s': Math.round(delivered / elapsed),
    'consumer CPU %': +(fanCpu / (elapsed * 10)).toFixed(1),
    'consumer CPU us/delivery': +((fanCpu * 1000) / Math.max(1, delivered)).toFixed(1),
    'consumer RSS MB': +(f1.rssMb as number).toFixed(0),
  },
});

fanout.proc.kill();
publish.worker.proc.kill();
sim.proc.send({ cmd: 'close' });
await nc.close();
await admin.close();
await nats.stop();
process.exit(lost === 0 ? 0 : 1);
