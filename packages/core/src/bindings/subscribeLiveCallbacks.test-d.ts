import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import type { LiveEvent, LiveSnapshot, RoomInfo, StreamEndEvent } from '../index.js';
import { LIVE_CALLBACK_STREAMS, liveCallbackKeys, type LiveCallbackKey, type LiveCallbacks } from './subscribeLiveCallbacks.js';

type ChatMessage = LiveSnapshot['recentChat'][number];

describe('LiveCallbacks types', () => {
  it('types each callback by its stream', () => {
    const callbacks: LiveCallbacks = {
      onChat: (message) => expectTypeOf(message).toEqualTypeOf<ChatMessage>(),
      onRoomInfo: (info) => expectTypeOf(info).toEqualTypeOf<RoomInfo>(),
      onStreamEnd: (event) => expectTypeOf(event).toEqualTypeOf<StreamEndEvent>(),
      onEvent: (event) => expectTypeOf(event).toEqualTypeOf<LiveEvent>(),
    };
    expectTypeOf(liveCallbackKeys(callbacks)).toEqualTypeOf<LiveCallbackKey[]>();
    // @ts-expect-error unknown callback
    const unknown: LiveCallbacks = { onChatt: () => {} };
    void unknown;
  });

  it('maps each key to a stream of what its callback receives', () => {
    expectTypeOf(LIVE_CALLBACK_STREAMS.onChat).returns.toEqualTypeOf<Observable<ChatMessage>>();
    expectTypeOf(LIVE_CALLBACK_STREAMS.onRoomInfo).returns.toEqualTypeOf<Observable<RoomInfo>>();
    expectTypeOf<keyof typeof LIVE_CALLBACK_STREAMS>().toEqualTypeOf<LiveCallbackKey>();
  });
});
