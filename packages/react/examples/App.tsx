/**
 * A small live panel: status, room title, viewers, the last chat lines, finished gift streaks
 * and a diamond total. Drop it into any React 18/19 app (Vite, a Next.js client component, …)
 * under a <TikTokLiveProvider>; `quickStart.tsx` renders it against the local simulator.
 */
import { useState, type ReactNode } from 'react';
import { useLiveEvent, useLiveEvents, useTikTokLive } from '@tiktok-live-rx/react';

export function LivePanel({ creator }: { creator: string }): ReactNode {
  const live = useTikTokLive(creator, {
    // Inline is fine: a new function each render never resubscribes or reconnects.
    onStreamEnd: () => console.log(`${creator}'s stream ended`),
  });
  // One final gift per streak; the same stream object on every render.
  const gifts$ = live.connection?.giftFinal$;
  const recentGifts = useLiveEvents(gifts$, { limit: 5 });
  const [diamonds, setDiamonds] = useState(0);
  useLiveEvent(gifts$, (gift) => setDiamonds((total) => total + gift.totalDiamonds));

  if (live.status === 'error') {
    return (
      <p>
        {live.error?.message} <button onClick={live.reconnect}>Retry</button>
      </p>
    );
  }
  return (
    <section>
      <h2>{`${live.roomInfo?.raw?.title ?? creator} (${live.status})`}</h2>
      <p>{`${live.viewerCount ?? '–'} viewers · ${live.likeTotal ?? 0} likes · ${diamonds} diamonds`}</p>
      <ul>
        {live.recentChat.slice(-5).map((m, i) => (
          <li key={m.common?.msgId ?? i}>{`${m.user?.nickname}: ${m.content}`}</li>
        ))}
      </ul>
      <p>{recentGifts.map((g) => `${g.repeatCount}× ${g.message.gift?.name ?? 'gift'}`).join(' · ')}</p>
    </section>
  );
}
