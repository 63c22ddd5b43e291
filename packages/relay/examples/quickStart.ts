// Relay quick start: one worker (fed by the embedded simulator) and one consumer, through a
// local nats-server with JetStream (`nats-server -js`). Ctrl-C to stop.
import { createLiveClient } from '@tiktok-live-rx/core';
import { createRelayClient } from '@tiktok-live-rx/relay';
import { createRelayAdmin, startRelayWorker } from '@tiktok-live-rx/relay/node';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';

const servers = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

// Worker side: the simulator stands in for Euler (use createLiveClient({ apiKey: process.env.EULER_API_KEY }) for real).
const sim = await createSimulator();
const worker = await startRelayWorker({ servers, client: createLiveClient({ apiKey: DEMO_API_KEY, url: sim.wsUrl }), capacity: 100 });
const admin = await createRelayAdmin({ servers });
await admin.add('tv_asahi_news');

// Consumer side: the same streams as the core's LiveConnection, read from JetStream.
const relay = createRelayClient({ servers });
const live = relay.live('tv_asahi_news');
live.state$.subscribe((s) => console.log(`[${s.status}] worker ${s.worker?.workerId ?? '-'}, link ${s.link}`));
live.chat$.subscribe((m) => console.log(`${m.user?.nickname}: ${m.content}`));
live.giftFinal$.subscribe((g) => console.log(`gift: ${g.repeatCount} x ${g.giftId} (${g.totalDiamonds} diamonds)`));

process.once('SIGINT', async () => {
  await relay.close();
  await worker.drain(); // hands creators to other workers first (none here: released after the drain timeout)
  await admin.close();
  await sim.close();
  process.exit(0);
});
