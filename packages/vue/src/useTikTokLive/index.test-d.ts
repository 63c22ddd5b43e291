import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import { ref, type Ref, type ShallowRef } from 'vue';
import {
  useLiveClient,
  useLiveEvent,
  useLiveEvents,
  useTikTokLive,
  type LiveClient,
  type LiveSource,
  type LiveConnection,
  type LiveEvent,
  type LiveSnapshot,
  type LiveStatus,
  type RoomInfo,
  type StreamEndEvent,
  type TikTokLiveError,
  type UseTikTokLiveReturn,
} from '../index.js';

type ChatMessage = LiveSnapshot['recentChat'][number];

describe('useTikTokLive types (Vue)', () => {
  it('takes a string, ref or getter and returns read-only refs plus the actions', () => {
    const live = useTikTokLive('someone');
    useTikTokLive(ref<string | undefined>(undefined));
    useTikTokLive(() => 'someone');
    expectTypeOf(live).toEqualTypeOf<UseTikTokLiveReturn>();
    expectTypeOf(live.status).toEqualTypeOf<Readonly<Ref<LiveStatus>>>();
    expectTypeOf(live.status.value).toEqualTypeOf<LiveStatus>();
    expectTypeOf(live.roomInfo.value).toEqualTypeOf<RoomInfo | undefined>();
    expectTypeOf(live.error.value).toEqualTypeOf<TikTokLiveError | undefined>();
    expectTypeOf(live.recentChat.value).toEqualTypeOf<readonly ChatMessage[]>();
    expectTypeOf(live.snapshot.value).toEqualTypeOf<LiveSnapshot>();
    expectTypeOf(live.connection.value).toEqualTypeOf<LiveConnection | undefined>();
    expectTypeOf(live.reconnect).toEqualTypeOf<() => void>();
    expectTypeOf(live.disconnect).toEqualTypeOf<() => void>();
    // @ts-expect-error read-only ref
    live.status.value = 'connected';
    // @ts-expect-error read-only object
    live.status = ref<LiveStatus>('idle');
    // @ts-expect-error the id is a string
    useTikTokLive(ref(42));
  });

  it('types the callbacks and the enabled option', () => {
    useTikTokLive('someone', {
      enabled: ref(true),
      onChat: (message) => expectTypeOf(message).toEqualTypeOf<ChatMessage>(),
      onRoomInfo: (info) => expectTypeOf(info).toEqualTypeOf<RoomInfo>(),
      onStreamEnd: (event) => expectTypeOf(event).toEqualTypeOf<StreamEndEvent>(),
      onEvent: (event) => expectTypeOf(event).toEqualTypeOf<LiveEvent>(),
    });
    useTikTokLive('someone', { enabled: () => false });
    // @ts-expect-error unknown option
    useTikTokLive('someone', { onChatt: () => {} });
  });
});

describe('useLiveEvent / useLiveEvents / useLiveClient types (Vue)', () => {
  it('infers the value type from the observable, ref or getter', () => {
    const chat$ = {} as Observable<ChatMessage>;
    expectTypeOf(useLiveEvent(chat$, (m) => expectTypeOf(m).toEqualTypeOf<ChatMessage>())).toEqualTypeOf<() => void>();
    useLiveEvent(() => undefined as Observable<number> | undefined, (n) => expectTypeOf(n).toEqualTypeOf<number>());
    expectTypeOf(useLiveEvents(chat$)).toEqualTypeOf<Readonly<ShallowRef<readonly ChatMessage[]>>>();
    expectTypeOf(useLiveEvents(() => chat$, { limit: 10, batch: 'frame' }).value).toEqualTypeOf<readonly ChatMessage[]>();
    // @ts-expect-error batch is 'frame' or a number
    useLiveEvents(chat$, { batch: 'tick' });
  });

  it('returns the client', () => {
    expectTypeOf(useLiveClient()).toEqualTypeOf<LiveSource>();
  });
});
