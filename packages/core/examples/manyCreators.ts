/**
 * Runnable: several creators at once with `client.liveMany`, against the simulator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/manyCreators.ts
 */
import { createLiveClient } from '@tiktok-live-rx/core';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';

const sim = await createSimulator({ seed: 42 });
const client = createLiveClient({ url: sim.wsUrl, apiKey: DEMO_API_KEY });
const many = client.liveMany(['tv_asahi_news', '@Gift_Storm', 'offline_creator']);

const subscriptions = [
  // Per-creator state, e.g. for a status bar (offline_creator ends with 4404; the others go on).
  many.states$.subscribe((states) =>
    console.log(`[states] ${Object.entries(states).map(([id, s]) => `${id}=${s.status}`).join('  ')}`),
  ),
  many.chat$.subscribe(({ uniqueId, data }) => console.log(`[${uniqueId}] ${data.user?.nickname}: ${data.content}`)),
  many.giftFinal$.subscribe(({ uniqueId, data }) => console.log(`[${uniqueId}] 🎁 ${data.repeatCount}× ${data.message.gift?.name}`)),
];

// The same sockets serve client.live(id) users: still one socket per creator.
const single = client.live('tv_asahi_news').viewerCount$.subscribe((n) => console.log(`[tv_asahi_news] viewers ${n}`));

setTimeout(async () => {
  console.log(`[sim] open sockets: ${JSON.stringify(sim.stats().byCreator)}`);
  for (const subscription of [...subscriptions, single]) subscription.unsubscribe();
  client.close();
  await sim.close();
}, 4000);
