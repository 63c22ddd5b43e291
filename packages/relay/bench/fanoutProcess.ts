/**
 * Bench helper process: `BENCH_CONSUMERS` independent relay consumers (one NATS
 * connection, one createRelayClient each, so one JetStream consumer pair each) on one
 * creator. Reports deliveries and CPU time on `mark`. IPC only.
 */
import { connect } from '@nats-io/transport-node';
import { createRelayClient } from '../src/createRelayClient.js';

const consumers = Number(process.env.BENCH_CONSUMERS ?? 1000);
const id = process.env.BENCH_CREATOR!;
const nc = await connect({ servers: process.env.BENCH_NATS_URL! });
let delivered = 0;
let ready = 0;
for (let i = 0; i < consumers; i++) {
  const live = createRelayClient({ nc }).live(id);
  live.chat$.subscribe(() => delivered++);
  let counted = false;
  live.state$.subscribe((s) => {
    if (!counted && s.status === 'connected') {
      counted = true;
      ready++;
    }
  });
}
process.on('message', (message: { cmd: string }) => {
  if (message.cmd === 'status') process.send!({ ready });
  else if (message.cmd === 'mark') {
    const cpu = process.cpuUsage();
    process.send!({ delivered, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 1_048_576 });
  } else if (message.cmd === 'close') void nc.close().then(() => process.exit(0));
});
process.send!({ started: true });
