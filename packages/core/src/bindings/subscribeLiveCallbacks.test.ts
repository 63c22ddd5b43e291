import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { LiveConnection } from '../types.js';
import { isActiveStatus } from './isActiveStatus.js';
import { LIVE_CALLBACK_STREAMS, liveCallbackKeys, subscribeLiveCallbacks, type LiveCallbacks } from './subscribeLiveCallbacks.js';

/** A connection whose streams are plain subjects (only the streams the table reads). */
function subjectConnection() {
  const streams = {
    chat$: new Subject<unknown>(),
    gift$: new Subject<unknown>(),
    like$: new Subject<unknown>(),
    member$: new Subject<unknown>(),
    follow$: new Subject<unknown>(),
    share$: new Subject<unknown>(),
    roomInfo$: new Subject<unknown>(),
    streamEnd$: new Subject<unknown>(),
    events$: new Subject<unknown>(),
  };
  return { streams, connection: streams as unknown as LiveConnection };
}

describe('liveCallbackKeys', () => {
  it('lists the callbacks that are functions, in table order', () => {
    const noop = (): void => {};
    expect(liveCallbackKeys({})).toEqual([]);
    expect(liveCallbackKeys({ onEvent: noop, onChat: noop, onGift: undefined })).toEqual(['onChat', 'onEvent']);
    expect(liveCallbackKeys({ onShare: 'no' as never })).toEqual([]);
  });
});

describe('LIVE_CALLBACK_STREAMS', () => {
  it('maps every callback to its stream', () => {
    const { streams, connection } = subjectConnection();
    expect(Object.fromEntries(Object.entries(LIVE_CALLBACK_STREAMS).map(([key, of]) => [key, of(connection)]))).toEqual({
      onChat: streams.chat$,
      onGift: streams.gift$,
      onLike: streams.like$,
      onMember: streams.member$,
      onFollow: streams.follow$,
      onShare: streams.share$,
      onRoomInfo: streams.roomInfo$,
      onStreamEnd: streams.streamEnd$,
      onEvent: streams.events$,
    });
  });
});

describe('subscribeLiveCallbacks', () => {
  it('subscribes only the given keys and calls the callback current at each value', () => {
    const { streams, connection } = subjectConnection();
    const seen: string[] = [];
    let callbacks: LiveCallbacks = { onChat: (m) => seen.push(`a:${String(m)}`) };
    const subscription = subscribeLiveCallbacks(connection, ['onChat'], () => callbacks, () => seen.push('stop'));
    expect(streams.chat$.observed).toBe(true);
    expect(streams.gift$.observed).toBe(false);
    streams.chat$.next('1');
    callbacks = { onChat: (m) => seen.push(`b:${String(m)}`) };
    streams.chat$.next('2');
    callbacks = {};
    streams.chat$.next('3');
    expect(seen).toEqual(['a:1', 'b:2']);
    subscription.unsubscribe();
    expect(streams.chat$.observed).toBe(false);
  });

  it('calls onStop when a stream completes or errors', () => {
    const { streams, connection } = subjectConnection();
    let stops = 0;
    subscribeLiveCallbacks(connection, ['onChat', 'onGift'], () => ({}), () => (stops += 1));
    streams.chat$.complete();
    expect(stops).toBe(1);
    streams.gift$.error(new Error('fatal'));
    expect(stops).toBe(2);
  });
});

describe('isActiveStatus', () => {
  it('is true while the streams run and false once they stopped', () => {
    expect(['connecting', 'connected', 'reconnecting', 'waiting'].every((s) => isActiveStatus(s as never))).toBe(true);
    expect(['idle', 'ended', 'error'].some((s) => isActiveStatus(s as never))).toBe(false);
  });
});
