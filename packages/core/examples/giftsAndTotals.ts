/**
 * Runnable: gift streaks and session totals from the connection's ready streams,
 * against the simulator's gift-storm creator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/giftsAndTotals.ts
 */
import { createLiveClient } from '@tiktok-live-rx/core';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { throttleTime } from 'rxjs';

const sim = await createSimulator({ seed: 42 });
const client = createLiveClient({
  url: sim.wsUrl,
  apiKey: DEMO_API_KEY,
  giftStreaks: { timeoutMs: 8_000 }, // a streak whose end never arrives is final after 8 s
  totals: { topN: 3 },
});
const live = client.live('gift_storm');

const subscriptions = [
  // One event per streak (or single gift): count it once.
  live.giftFinal$.subscribe((g) =>
    console.log(`[gift] ${g.message.user?.nickname} sent ${g.repeatCount}× ${g.message.gift?.name} = ${g.totalDiamonds} 💎 (${g.endedBy})`),
  ),
  // Live combo counters, e.g. for an overlay.
  live.giftStreak$.subscribe((u) => {
    if (!u.ended && u.repeatCount % 5 === 0) console.log(`[combo] ${u.message.user?.nickname} ×${u.repeatCount}`);
  }),
  // Session totals: replayed, surviving reconnects; throttle for UIs.
  live.totals$.pipe(throttleTime(1000, undefined, { leading: true, trailing: true })).subscribe((t) =>
    console.log(
      `[totals] ${t.diamonds} 💎 from ${t.giftCount} gifts · ${t.likes.total} ❤ · ${t.viewers.current} 👀 (peak ${t.viewers.peak}) · top: ${t.topGifters
        .map((g) => `${g.nickname} ${g.diamonds}`)
        .join(', ')}`,
    ),
  ),
];

setTimeout(async () => {
  for (const subscription of subscriptions) subscription.unsubscribe();
  client.close();
  await sim.close();
}, 5000);
