import type { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { WebcastGiftMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import { createMulticast, type Multicast } from '../multicast.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import { GIFTS, giftMessage } from '../testing/liveFixtures.js';
import type { FrameRouter } from './frameRouter.js';
import { createLazyDerivedStreams } from './lazyDerivedStreams.js';
import type { RoomState } from './roomState.js';
import type { SharedSession } from './sharedSession.js';

// This file never imports derivedStreams.ts statically: the first subscription below really
// waits for its import(), and the items pushed synchronously after it arrive while it loads.
function setup() {
  const sinks = new Map<string, Multicast<unknown>>();
  const sink = (type: string): Multicast<unknown> => {
    let found = sinks.get(type);
    if (found === undefined) sinks.set(type, (found = createMulticast<unknown>()));
    return found;
  };
  const router = { sinkFor: (type: string) => sink(type) } as unknown as FrameRouter;
  const room = { currentRoomInfo: undefined, streamStarts$: createMulticast<void>().observable$, roomInfoItems$: createMulticast<unknown>().observable$ } as unknown as RoomState;
  const session = { generation: {}, attach: <T>(source: Observable<T>) => source } as unknown as SharedSession;
  const options = { disconnectGraceMs: 0, giftStreaks: {}, totals: {} } as unknown as ResolvedLiveClientOptions;
  const gift$ = sink('WebcastGiftMessage').observable$ as Observable<WebcastGiftMessage>;
  return { streams: createLazyDerivedStreams({ options, router, room, session, gift$ }), sink };
}

const social = (displayType: string, id: string) => ({ common: { displayText: { displayType } }, user: { id } }) as unknown as WebcastSocialMessage;
const until = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('createLazyDerivedStreams', () => {
  it('keeps what arrives while the derived streams load, for every subscriber that was waiting, and serves later ones directly', async () => {
    const { streams, sink } = setup();
    const follows: string[] = [];
    const follows2: string[] = [];
    const shares: string[] = [];
    const finals: string[] = [];
    const subs = [
      streams.follow$.subscribe((m) => follows.push(m.user!.id!)),
      streams.share$.subscribe((m) => shares.push(m.user!.id!)),
      streams.giftFinal$.subscribe((g) => finals.push(`${g.userId}:${g.endedBy}`)),
    ];
    // Pushed before the module can have loaded.
    sink('WebcastSocialMessage').next(social('pm_main_follow_message_viewer_2', 'f1'));
    subs.push(streams.follow$.subscribe((m) => follows2.push(m.user!.id!)));
    sink('WebcastSocialMessage').next(social('pm_mt_guidance_share', 's1'));
    sink('WebcastGiftMessage').next(giftMessage({ userId: 'g1', gift: GIFTS.lion, repeatCount: 1 }));
    expect([follows, shares, finals]).toEqual([[], [], []]);

    await until(() => finals.length > 0);
    expect(follows).toEqual(['f1']);
    // A waiting subscriber is served from the stream's one recording (started by the first).
    expect(follows2).toEqual(['f1']);
    expect(shares).toEqual(['s1']);
    expect(finals).toEqual(['g1:single']);

    // Live from now on, and a new subscriber subscribes the built stream at once.
    const follows3: string[] = [];
    subs.push(streams.follow$.subscribe((m) => follows3.push(m.user!.id!)));
    sink('WebcastSocialMessage').next(social('pm_main_follow_message_viewer_2', 'f2'));
    expect([follows, follows2, follows3]).toEqual([['f1', 'f2'], ['f1', 'f2'], ['f2']]);

    for (const sub of subs) sub.unsubscribe();
    expect(sink('WebcastSocialMessage').observed).toBe(false);
    expect(sink('WebcastGiftMessage').observed).toBe(false);
  });

  it('lets go of the input when every waiting subscriber leaves before the load', async () => {
    const { streams, sink } = setup();
    const seen: unknown[] = [];
    streams.totals$.subscribe((t) => seen.push(t)).unsubscribe();
    expect(sink('WebcastLikeMessage').observed).toBe(false);
    // Loaded later, on a new subscription: totals$ starts with its empty snapshot.
    const sub = streams.totals$.subscribe((t) => seen.push(t));
    await until(() => seen.length > 0);
    expect(seen).toMatchObject([{ diamonds: 0, likes: { total: 0 } }]);
    sub.unsubscribe();
    expect(sink('WebcastLikeMessage').observed).toBe(false);
  });
});
