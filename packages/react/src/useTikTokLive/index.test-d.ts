import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
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
  type UseTikTokLiveOptions,
  type UseTikTokLiveReturn,
} from '../index.js';

type ChatMessage = LiveSnapshot['recentChat'][number];

describe('useTikTokLive types', () => {
  it('takes a string or undefined and returns the snapshot fields plus the handle and actions', () => {
    expectTypeOf(useTikTokLive).parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(useTikTokLive).parameter(1).toEqualTypeOf<UseTikTokLiveOptions | undefined>();
    const live = useTikTokLive('someone');
    expectTypeOf(live).toEqualTypeOf<UseTikTokLiveReturn>();
    expectTypeOf(live).toMatchTypeOf<LiveSnapshot>();
    expectTypeOf(live.status).toEqualTypeOf<LiveStatus>();
    expectTypeOf(live.roomInfo).toEqualTypeOf<RoomInfo | undefined>();
    expectTypeOf(live.viewerCount).toEqualTypeOf<number | undefined>();
    expectTypeOf(live.error).toEqualTypeOf<TikTokLiveError | undefined>();
    expectTypeOf(live.recentChat).toEqualTypeOf<readonly ChatMessage[]>();
    expectTypeOf(live.connection).toEqualTypeOf<LiveConnection | undefined>();
    expectTypeOf(live.reconnect).toEqualTypeOf<() => void>();
    expectTypeOf(live.disconnect).toEqualTypeOf<() => void>();
  });

  it('types the callbacks by stream', () => {
    useTikTokLive('someone', {
      onChat: (message) => expectTypeOf(message).toEqualTypeOf<ChatMessage>(),
      onRoomInfo: (info) => expectTypeOf(info).toEqualTypeOf<RoomInfo>(),
      onStreamEnd: (event) => expectTypeOf(event).toEqualTypeOf<StreamEndEvent>(),
      onEvent: (event) => expectTypeOf(event).toEqualTypeOf<LiveEvent>(),
    });
    // @ts-expect-error unknown option
    useTikTokLive('someone', { onChatt: () => {} });
    // @ts-expect-error the id is a string
    useTikTokLive(42);
  });

  it('returns readonly state', () => {
    const live = useTikTokLive(undefined);
    // @ts-expect-error snapshot fields are read-only
    live.status = 'connected';
  });
});

describe('useLiveEvent / useLiveEvents / useLiveClient types', () => {
  it('infers the value type from the observable', () => {
    const chat$ = {} as Observable<ChatMessage>;
    useLiveEvent(chat$, (message) => expectTypeOf(message).toEqualTypeOf<ChatMessage>());
    useLiveEvent(undefined as Observable<number> | undefined, (n) => expectTypeOf(n).toEqualTypeOf<number>());
    expectTypeOf(useLiveEvents(chat$)).toEqualTypeOf<readonly ChatMessage[]>();
    expectTypeOf(useLiveEvents(undefined as Observable<number> | undefined, { limit: 10, batch: 50 })).toEqualTypeOf<readonly number[]>();
    // @ts-expect-error batch is 'frame' or a number
    useLiveEvents(chat$, { batch: 'tick' });
  });

  it('returns the client', () => {
    expectTypeOf(useLiveClient()).toEqualTypeOf<LiveSource>();
  });
});
