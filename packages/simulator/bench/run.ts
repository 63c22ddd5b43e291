/**
 * Simulator benchmark (loopback only, bounded to well under 2 minutes):
 *  1. events/s pushed to ONE client (client in a child process), for compact
 *     and for full-fidelity v2 events, with backpressure (≤ 4 MiB queued);
 *  2. 1,000 concurrent sockets receiving 20 events/s each for ~10 s:
 *     errors, unexpected closes, server CPU and RSS.
 * Run: pnpm --filter @tiktok-live-rx/simulator bench
 * Knobs (env): BUNDLE items per injected bundle (20), LIMIT backpressure bytes (4 MiB), SKIP_MANY=1.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createSimulator, toV2Item, createRng, giftStreak, GIFT_CATALOG, type InjectItem, type SimUser } from '../src/index.js';

const LIMIT = Number(process.env.LIMIT ?? 4 * 1024 * 1024);
const CLIENT = fileURLToPath(new URL('./client.ts', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Report {
  items: number;
  frames: number;
  bytes: number;
  open: number;
  errors: number;
  closes: Record<string, number>;
  cpu: { user: number; system: number };
  rss: number;
}

function startClient(args: string[]): { child: ChildProcess; report: () => Promise<Report>; stop: () => Promise<void> } {
  const child = fork(CLIENT, args, { execArgv: ['--conditions=@tiktok-live-rx/source', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    child,
    report: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as Report));
        child.send('report');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('exit');
      }),
  };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(20);
  }
}

const pct = (cpu: { user: number; system: number }, seconds: number) => `${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}%`;
const diffCpu = (a: { user: number; system: number }, b: { user: number; system: number }) => ({ user: a.user - b.user, system: a.system - b.system });
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

function makeItems(kind: 'compact' | 'full', count: number): InjectItem[] {
  const rng = createRng(1);
  const user: SimUser = { userId: '6800000000000000001', uniqueId: 'bench_user', nickname: 'Bench', avatarUrl: 'https://p16/a~100x100.webp', secUid: 'MS4w', followerCount: 1, followingCount: 1 };
  const meta = { msgId: '1', roomId: '2', createTime: Date.now() };
  const rose = GIFT_CATALOG[0]!;
  const out: InjectItem[] = [];
  for (let i = 0; i < count; i++) {
    if (kind === 'compact') {
      out.push({ type: 'WebcastLikeMessage', data: { likeCount: 1 + (i % 9), totalLikeCount: i, user: { userId: '1', uniqueId: 'u', nickname: 'n' } } });
    } else {
      const pick = rng.int(0, 2);
      const event =
        pick === 0
          ? { kind: 'chat' as const, user, comment: 'hello from the bench' }
          : pick === 1
            ? { kind: 'like' as const, user, count: 3, total: i }
            : giftStreak(user, rose, 1, '5')[0]!;
      const item = toV2Item(event, meta);
      const data = { ...(item.data as Record<string, unknown>) };
      delete data['common']; // let inject assign a fresh msgId/createTime per message
      out.push({ type: item.type, data });
    }
  }
  return out;
}

async function singleClient(kind: 'compact' | 'full', seconds: number): Promise<void> {
  const sim = await createSimulator({ creators: [{ uniqueId: 'one', live: true, scenario: 'silent' }] });
  const client = startClient(['single', `${sim.wsUrl}/?uniqueId=one&apiKey=${sim.apiKey}&features.closeInactiveWebSocketAfter=3600`]);
  await waitFor(() => sim.stats().sockets === 1, 10_000, 'single client');
  const bundle = makeItems(kind, Number(process.env.BUNDLE ?? 20));
  const before = await client.report();
  const cpu0 = process.cpuUsage();
  const start = Date.now();
  let injected = 0;
  while (Date.now() - start < seconds * 1000) {
    if (sim.bufferedBytes('one') < LIMIT) {
      sim.inject('one', bundle);
      injected += bundle.length;
    } else {
      await new Promise((r) => setImmediate(r));
    }
    if (injected % 5000 === 0) await new Promise((r) => setImmediate(r));
  }
  const elapsed = (Date.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await sleep(300);
  const report = await client.report();
  console.log(
    `1 client, ${kind.padEnd(7)} events: sent ${Math.round(injected / elapsed).toLocaleString('en')} ev/s, ` +
      `received ${Math.round(report.items / elapsed).toLocaleString('en')} ev/s ` +
      `(${mb(report.bytes / elapsed)}/s, ${(report.bytes / Math.max(1, report.items)).toFixed(0)} B/event), ` +
      `server CPU ${pct(cpu, elapsed)}, client CPU ${pct(diffCpu(report.cpu, before.cpu), elapsed)}, server RSS ${mb(process.memoryUsage().rss)}`,
  );
  await client.stop();
  await sim.close();
}

async function manySockets(sockets: number, eventsPerSecond: number, seconds: number): Promise<void> {
  const creators = 100;
  const sim = await createSimulator({
    maxSocketsPerAccount: sockets + 100,
    creators: Array.from({ length: creators }, (_, i) => ({ uniqueId: `bench_${i}`, live: true, scenario: 'silent' as const })),
  });
  const client = startClient(['many', sim.wsUrl, sim.apiKey, String(sockets), String(creators)]);
  await waitFor(() => sim.stats().sockets === sockets, 30_000, `${sockets} sockets`);
  const baseline = await client.report();
  const item = makeItems('full', 1);
  const tickMs = 100;
  const perTick = (eventsPerSecond * tickMs) / 1000;
  const cpu0 = process.cpuUsage();
  const start = Date.now();
  let maxRss = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    ticks++;
    for (let c = 0; c < creators; c++) sim.inject(`bench_${c}`, Array.from({ length: perTick }, () => item[0]!));
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }, tickMs);
  await sleep(seconds * 1000);
  clearInterval(timer);
  const elapsed = (Date.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await sleep(500);
  const report = await client.report();
  const expected = ticks * perTick * sockets;
  const unexpectedCloses = Object.entries(report.closes).reduce((n, [, v]) => n + v, 0);
  console.log(
    `${sockets} sockets × ${eventsPerSecond} ev/s for ${elapsed.toFixed(1)} s: received ${(report.items - baseline.items).toLocaleString('en')} of ${expected.toLocaleString('en')} sent events, ` +
      `open ${report.open}, errors ${report.errors}, closes ${unexpectedCloses}, ` +
      `server CPU ${pct(cpu, elapsed)}, client CPU ${pct(diffCpu(report.cpu, baseline.cpu), elapsed)}, server RSS max ${mb(maxRss)}, client RSS ${mb(report.rss)}`,
  );
  await client.stop();
  await sim.close();
}

const started = Date.now();
await singleClient('compact', 5);
await singleClient('full', 5);
if (!process.env.SKIP_MANY) await manySockets(1000, 20, 10);
console.log(`bench done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
