/**
 * Bench helper process: one relay worker (`BENCH_MODE=publish`) or, as the baseline, the
 * same core client holding the same creators and consuming every event without publishing
 * (`BENCH_MODE=hold`). Reports CPU time and RSS on `mark`. IPC only.
 */
import type { Subscription } from 'rxjs';
import { createLiveClient } from '@tiktok-live-rx/core';
import { DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { startRelayWorker } from '../src/startRelayWorker.js';

const mode = process.env.BENCH_MODE ?? 'publish';
const ids = JSON.parse(process.env.BENCH_IDS ?? '[]') as string[];
const client = createLiveClient({ apiKey: DEMO_API_KEY, url: process.env.BENCH_SIM_URL!, stallTimeoutMs: false });
let held = (): number => 0;
let connected = (): number => 0;
const states = new Map<string, string>();
const subscriptions: Subscription[] = [];
if (mode === 'publish') {
  const worker = await startRelayWorker({ servers: process.env.BENCH_NATS_URL!, client, capacity: ids.length, workerId: 'bench' });
  held = () => worker.held().length;
} else {
  for (const id of ids) {
    const live = client.live(id);
    subscriptions.push(live.events$.subscribe({ error: () => {} }));
    subscriptions.push(live.totals$.subscribe({ error: () => {} }));
  }
  held = () => ids.length;
}
for (const id of ids) subscriptions.push(client.live(id).state$.subscribe({ next: (s) => states.set(id, s.status), error: () => {} }));
connected = () => [...states.values()].filter((s) => s === 'connected').length;

process.on('message', (message: { cmd: string }) => {
  if (message.cmd === 'status') process.send!({ held: held(), connected: connected() });
  else if (message.cmd === 'mark') {
    const cpu = process.cpuUsage();
    process.send!({ cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 1_048_576 });
  } else if (message.cmd === 'close') process.exit(0);
});
// A plain exit (not a signal death), so `--cpu-prof` (BENCH_PROFILE) gets written.
process.on('SIGTERM', () => process.exit(0));
process.send!({ ready: true });
