import type { Observable } from 'rxjs';
import { filter, map } from 'rxjs';
import type {
  WebcastChatMessage,
  WebcastGiftMessage,
  WebcastLikeMessage,
  WebcastMemberMessage,
  WebcastSocialMessage,
} from 'tiktok-live-proto/v3';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createLiveClient,
  type FinalGift,
  type GapMarker,
  type GiftStreakUpdate,
  type LiveConnection,
  type SessionTotals,
  type TaggedItem,
  type TaggedLiveEvent,
  type LiveClientOptions,
  type LiveEvent,
  type LiveSnapshot,
  type LiveState,
  type LiveStatus,
  type PresenceRecord,
  type RoomInfo,
  type StreamEndEvent,
  type TikTokLiveError,
  type WorkerInfoData,
} from './index.js';

const live = createLiveClient({ apiKey: 'k' }).live('someone');

describe('stream types', () => {
  it('types the named streams', () => {
    expectTypeOf(live.chat$).toEqualTypeOf<Observable<WebcastChatMessage>>();
    expectTypeOf(live.gift$).toEqualTypeOf<Observable<WebcastGiftMessage>>();
    expectTypeOf(live.like$).toEqualTypeOf<Observable<WebcastLikeMessage>>();
    expectTypeOf(live.member$).toEqualTypeOf<Observable<WebcastMemberMessage>>();
    expectTypeOf(live.follow$).toEqualTypeOf<Observable<WebcastSocialMessage>>();
    expectTypeOf(live.share$).toEqualTypeOf<Observable<WebcastSocialMessage>>();
    expectTypeOf(live.roomInfo$).toEqualTypeOf<Observable<RoomInfo>>();
    expectTypeOf(live.viewerCount$).toEqualTypeOf<Observable<number>>();
    expectTypeOf(live.isLive$).toEqualTypeOf<Observable<boolean>>();
    expectTypeOf(live.streamEnd$).toEqualTypeOf<Observable<StreamEndEvent>>();
    expectTypeOf(live.gaps$).toEqualTypeOf<Observable<GapMarker>>();
    expectTypeOf(live.errors$).toEqualTypeOf<Observable<TikTokLiveError>>();
    expectTypeOf(live.state$).toEqualTypeOf<Observable<LiveState>>();
    expectTypeOf<LiveState['status']>().toEqualTypeOf<LiveStatus>();
    expectTypeOf(live.frames$).toEqualTypeOf<Observable<string>>();
    expectTypeOf(live.giftFinal$).toEqualTypeOf<Observable<FinalGift>>();
    expectTypeOf(live.giftStreak$).toEqualTypeOf<Observable<GiftStreakUpdate>>();
    expectTypeOf(live.totals$).toEqualTypeOf<Observable<SessionTotals>>();
  });

  it('types liveMany: tagged items that narrow on type', () => {
    const many = createLiveClient({ apiKey: 'k' }).liveMany(['a', 'b']);
    expectTypeOf(many.connections).toEqualTypeOf<readonly LiveConnection[]>();
    expectTypeOf(many.chat$).toEqualTypeOf<Observable<TaggedItem<'WebcastChatMessage', WebcastChatMessage>>>();
    expectTypeOf(many.giftFinal$).toEqualTypeOf<Observable<TaggedItem<'giftFinal', FinalGift>>>();
    expectTypeOf(many.states$).toEqualTypeOf<Observable<Readonly<Record<string, LiveState>>>>();
    expectTypeOf(many.events$).toEqualTypeOf<Observable<TaggedLiveEvent>>();
    many.events$.subscribe((event) => {
      expectTypeOf(event.uniqueId).toEqualTypeOf<string>();
      if (event.type === 'WebcastGiftMessage') expectTypeOf(event.data).toEqualTypeOf<WebcastGiftMessage>();
    });
  });

  it('types the new options', () => {
    expectTypeOf<{ apiKey: string; dedupe: false; giftStreaks: { timeoutMs: 5000 }; totals: { topN: 3 } }>().toExtend<LiveClientOptions>();
    expectTypeOf<{ apiKey: string; dedupe: { window: 10 } }>().toExtend<LiveClientOptions>();
    expectTypeOf<{ apiKey: string; dedupe: 'yes' }>().not.toExtend<LiveClientOptions>();
    expectTypeOf<{ apiKey: string; totals: { emitInitial: true } }>().not.toExtend<LiveClientOptions>();
  });

  it('types on$ by wire name, and unknown names as unknown', () => {
    expectTypeOf(live.on$('WebcastGiftMessage')).toEqualTypeOf<Observable<WebcastGiftMessage>>();
    expectTypeOf(live.on$('roomInfo')).toEqualTypeOf<Observable<RoomInfo>>();
    expectTypeOf(live.on$('workerInfo')).toEqualTypeOf<Observable<WorkerInfoData>>();
    expectTypeOf(live.on$('SyntheticJoinMessage')).toEqualTypeOf<Observable<PresenceRecord>>();
    expectTypeOf(live.on$('WebcastSomethingNew')).toEqualTypeOf<Observable<unknown>>();
  });

  it('narrows events$ on type', () => {
    expectTypeOf(live.events$).toEqualTypeOf<Observable<LiveEvent>>();
    const chats = live.events$.pipe(
      filter((event): event is Extract<LiveEvent, { type: 'WebcastChatMessage' }> => event.type === 'WebcastChatMessage'),
      map((event) => event.data),
    );
    expectTypeOf(chats).toEqualTypeOf<Observable<WebcastChatMessage>>();
    live.events$.subscribe((event) => {
      if (event.type === 'unknown') expectTypeOf(event.wireType).toEqualTypeOf<string>();
      if (event.type === 'WebcastLikeMessage') expectTypeOf(event.data).toEqualTypeOf<WebcastLikeMessage>();
    });
  });

  it('types the store', () => {
    expectTypeOf(live.store.getSnapshot()).toEqualTypeOf<LiveSnapshot>();
    expectTypeOf(live.store.getSnapshot().recentChat).toEqualTypeOf<readonly WebcastChatMessage[]>();
    expectTypeOf(live.store.subscribe).returns.toEqualTypeOf<() => void>();
  });

  it('requires exactly one credential at the type level', () => {
    expectTypeOf<{ apiKey: string }>().toExtend<LiveClientOptions>();
    expectTypeOf<{ jwt: () => Promise<string> }>().toExtend<LiveClientOptions>();
    expectTypeOf<{ url: string }>().not.toExtend<LiveClientOptions>();
    expectTypeOf<{ apiKey: string; jwt: string }>().not.toExtend<LiveClientOptions>();
  });
});

describe('LiveStatus', () => {
  it('tells "not live / no such creator" (offline) apart from "the stream ended" (ended)', () => {
    expectTypeOf<LiveStatus>().toEqualTypeOf<'idle' | 'connecting' | 'connected' | 'reconnecting' | 'waiting' | 'offline' | 'ended' | 'error'>();
  });
});
