/**
 * Runnable quick start: the core client against the local simulator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/quickStart.ts
 *
 * Against the real service, drop the simulator and pass `apiKey` (server) or a
 * `jwt` provider (browser) without `url`.
 */
import { createLiveClient } from '@tiktok-live-rx/core';
import { finalizeGiftStreaks } from '@tiktok-live-rx/core/operators';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { throttleTime } from 'rxjs';

const sim = await createSimulator({ seed: 42 });
const client = createLiveClient({ url: sim.wsUrl, apiKey: DEMO_API_KEY });
const live = client.live('@tv_asahi_news');

const subscriptions = [
  live.state$.subscribe((state) => console.log(`[state] ${state.status}${state.closeCode ? ` (${state.closeCode})` : ''}`)),
  live.roomInfo$.subscribe((room) => console.log(`[room] ${room.raw?.title ?? '(no title)'}`)),
  live.chat$.subscribe((chat) => console.log(`[chat] ${chat.user?.nickname}: ${chat.content}`)),
  live.gift$
    .pipe(finalizeGiftStreaks())
    .subscribe((gift) => console.log(`[gift] ${gift.message.user?.nickname} sent ${gift.repeatCount}× ${gift.message.gift?.name} (${gift.totalDiamonds} 💎)`)),
  live.viewerCount$.pipe(throttleTime(2000)).subscribe((count) => console.log(`[viewers] ${count}`)),
  live.streamEnd$.subscribe((end) => console.log(`[end] ${end.reason}`)),
  live.errors$.subscribe((error) => console.warn(`[warn] ${error.message}`)),
];

setTimeout(async () => {
  for (const subscription of subscriptions) subscription.unsubscribe();
  client.close();
  await sim.close();
}, 5000);
