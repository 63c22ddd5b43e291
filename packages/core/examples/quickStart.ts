/**
 * Runnable quick start: the core client against the local simulator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/quickStart.ts
 *
 * Against the real service, drop the simulator and pass `apiKey` (server) or a
 * `jwt` provider (browser) without `url`.
 */
import { createLiveClient, type TikTokLiveError } from '@tiktok-live-rx/core';
import { finalizeGiftStreaks } from '@tiktok-live-rx/core/operators';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { throttleTime } from 'rxjs';

const sim = await createSimulator({ seed: 42 });
const client = createLiveClient({ url: sim.wsUrl, apiKey: DEMO_API_KEY });
const live = client.live('@tv_asahi_news'); // same object for 'tv_asahi_news', profile URLs, …

// A fatal close (a wrong key: 4401) errors the data streams: give them an error handler, or
// Node treats the error as unhandled. state$ and errors$ never error: they complete.
const fatal = (error: TikTokLiveError): void => console.error(`[fatal] ${error.message}`);

const subscriptions = [
  live.state$.subscribe((state) => console.log(`[state] ${state.status}${state.closeCode ? ` (${state.closeCode})` : ''}`)),
  live.roomInfo$.subscribe({ next: (room) => console.log(`[room] ${room.raw?.title ?? '(no title)'}`), error: fatal }),
  live.chat$.subscribe({ next: (chat) => console.log(`[chat] ${chat.user?.nickname}: ${chat.content}`), error: fatal }),
  live.gift$.pipe(finalizeGiftStreaks()).subscribe({
    next: (gift) => console.log(`[gift] ${gift.message.user?.nickname} sent ${gift.repeatCount}× ${gift.message.gift?.name} (${gift.totalDiamonds} 💎)`),
    error: fatal,
  }),
  live.viewerCount$.pipe(throttleTime(2000)).subscribe({ next: (count) => console.log(`[viewers] ${count}`), error: fatal }),
  live.streamEnd$.subscribe({ next: (end) => console.log(`[end] ${end.reason}`), error: fatal }),
  live.errors$.subscribe((error) => console.warn(`[warn] ${error.message}`)),
];

setTimeout(async () => {
  for (const subscription of subscriptions) subscription.unsubscribe();
  client.close();
  await sim.close();
}, 5000);
