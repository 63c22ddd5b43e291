/**
 * Scale benchmark (issue 10, item 6): one Node process (this one) holds `SCALE_CREATORS`
 * (1,000) creator connections through one `createLiveClient`, each receiving `SCALE_RATE`
 * (20) events/s from the simulator running in another process (`scaleSimulator.ts`). Every
 * connection has `chat$`, `like$` and `member$` subscribed, as an app would.
 *
 * Reports, over a steady window of `SCALE_SECONDS` (20) after a warm-up: this process's CPU
 * (% of one core), RSS (max sampled), event-loop delay p99, and events received against
 * events sent (none may be lost). Targets: CPU < 50 %, RSS < 400 MB, nothing lost.
 *
 * Run: pnpm --filter @tiktok-live-rx/core bench:scale   (part of `pnpm bench`)
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Subscription } from 'rxjs';
import { createLiveClient } from '../src/index.js';

const CREATORS = Number(process.env['SCALE_CREATORS'] ?? 1000);
const RATE = Number(process.env['SCALE_RATE'] ?? 20);
const SECONDS = Number(process.env['SCALE_SECONDS'] ?? 20);
const WARMUP_SECONDS = 3;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`scale bench: timed out waiting for ${what}`);
    await sleep(50);
  }
}

const child = fork(fileURLToPath(new URL('./scaleSimulator.ts', import.meta.url)), [], {
  execArgv: ['--conditions=@tiktok-live-rx/source', '--import', 'tsx'],
  env: { ...process.env, SCALE_CREATORS: String(CREATORS), SCALE_RATE: String(RATE) },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const [{ wsUrl, apiKey }] = (await once(child, 'message')) as [{ wsUrl: string; apiKey: string }];
const ask = async <T>(message: string): Promise<T> => {
  const reply = once(child, 'message');
  child.send(message);
  return ((await reply) as [T])[0];
};

const rssBefore = process.memoryUsage().rss;
const client = createLiveClient({ url: wsUrl, apiKey, stallTimeoutMs: false });
const received = { chat: 0, like: 0, member: 0 };
let connected = 0;
const subscriptions = new Subscription();
const connectStarted = Date.now();
for (let i = 0; i < CREATORS; i++) {
  const live = client.live(`scale_${i}`);
  let isConnected = false;
  subscriptions.add(
    live.state$.subscribe((state) => {
      if (state.status === 'connected' && !isConnected) connected += 1;
      if (state.status !== 'connected' && isConnected) connected -= 1;
      isConnected = state.status === 'connected';
    }),
  );
  subscriptions.add(live.chat$.subscribe(() => (received.chat += 1)));
  subscriptions.add(live.like$.subscribe(() => (received.like += 1)));
  subscriptions.add(live.member$.subscribe(() => (received.member += 1)));
}
await waitFor(() => connected === CREATORS, 60_000, `${CREATORS} connections (${connected} connected)`);
const connectSeconds = (Date.now() - connectStarted) / 1000;
const rssConnected = process.memoryUsage().rss;

child.send('start');
await sleep(WARMUP_SECONDS * 1000);

// The histogram records whole sampling intervals, so the delay is each value minus the resolution.
const RESOLUTION_MS = 10;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let maxRss = process.memoryUsage().rss;
const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 250);
const receivedAtStart = received.chat + received.like + received.member;
await sleep(SECONDS * 1000);
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
delay.disable();
clearInterval(sampler);
const receivedInWindow = received.chat + received.like + received.member - receivedAtStart;

const { sent, sockets } = await ask<{ sent: typeof received; sockets: number }>('stop');
const total = (counts: typeof received): number => counts.chat + counts.like + counts.member;
// Frames still in flight when injection stopped: wait until they are all in (or time out).
await waitFor(() => total(received) >= total(sent), 30_000, 'the last events').catch(() => undefined);

const cpuPercent = ((cpu.user + cpu.system) / 1e6 / elapsed) * 100;
const lagMs = (nanoseconds: number): number => Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS);
const p99 = lagMs(delay.percentile(99));
const lost = total(sent) - total(received);
const lines = [
  `scale: ${CREATORS} connections × ${RATE} events/s (${(CREATORS * RATE).toLocaleString('en')} events/s), one client process, simulator in another`,
  `  connected all in ${connectSeconds.toFixed(1)} s; simulator sockets ${sockets}; RSS ${mib(rssBefore)} before, ${mib(rssConnected)} connected`,
  `  steady ${elapsed.toFixed(1)} s: client CPU ${cpuPercent.toFixed(1)} % of one core (target < 50 %), RSS max ${mib(maxRss)} (target < 400 MB), ` +
    `event-loop delay p99 ${p99.toFixed(1)} ms (p50 ${lagMs(delay.percentile(50)).toFixed(1)} ms, max ${lagMs(delay.max).toFixed(1)} ms), ` +
    `${Math.round(receivedInWindow / elapsed).toLocaleString('en')} events/s received` +
    (receivedInWindow / elapsed < 0.9 * CREATORS * RATE ? ' (below the target rate: the simulator process fell behind on this machine)' : ''),
  `  load average while running: ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`,
  `  events: sent ${total(sent).toLocaleString('en')} (chat ${sent.chat}, like ${sent.like}, member ${sent.member}), received ${total(received).toLocaleString('en')}, lost ${lost}`,
];
console.log(lines.join('\n'));

subscriptions.unsubscribe();
client.close();
child.send('exit');
await once(child, 'exit');
const ok = cpuPercent < 50 && maxRss < 400 * 1024 * 1024 && lost === 0;
console.log(ok ? 'scale: all targets met' : 'scale: TARGET MISSED');
process.exitCode = ok ? 0 : 1;
