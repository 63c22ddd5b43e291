/**
 * Event callbacks for UI bindings (`onChat`, `onGift`, …): which stream feeds each one, and
 * one helper that subscribes the wanted streams. Framework-free, so the React hook and the
 * Vue composable share one table.
 */
import { Subscription, type Observable, type ObservedValueOf } from 'rxjs';
import type { LiveEvent, RoomInfo } from '../events.js';
import type { LiveConnection, StreamEndEvent } from '../types.js';

/** What a connection stream emits. */
type ValueOf<K extends keyof LiveConnection> = ObservedValueOf<LiveConnection[K]>;

/** Event callbacks a UI binding accepts, one per connection stream. */
export interface LiveCallbacks {
  /** Every chat message. @default undefined */
  onChat?: (message: ValueOf<'chat$'>) => void;
  /** Every gift frame, streak frames included (pipe `connection.gift$` through `finalizeGiftStreaks()` for one call per streak). @default undefined */
  onGift?: (message: ValueOf<'gift$'>) => void;
  /** Every like batch. @default undefined */
  onLike?: (message: ValueOf<'like$'>) => void;
  /** Every join / member action. @default undefined */
  onMember?: (message: ValueOf<'member$'>) => void;
  /** Every follow. @default undefined */
  onFollow?: (message: ValueOf<'follow$'>) => void;
  /** Every share. @default undefined */
  onShare?: (message: ValueOf<'share$'>) => void;
  /** Room info (the latest one at once, then each new one). @default undefined */
  onRoomInfo?: (roomInfo: RoomInfo) => void;
  /** Once per stream end (ControlMessage or close 4005). @default undefined */
  onStreamEnd?: (event: StreamEndEvent) => void;
  /** Every event of every type, as `{ type, data }`. @default undefined */
  onEvent?: (event: LiveEvent) => void;
}

/** The name of one callback (`'onChat'`, `'onGift'`, …). */
export type LiveCallbackKey = keyof LiveCallbacks;

type CallbackValue<K extends LiveCallbackKey> = Parameters<NonNullable<LiveCallbacks[K]>>[0];

/** The connection stream behind each callback. */
export const LIVE_CALLBACK_STREAMS: {
  readonly [K in LiveCallbackKey]-?: (connection: LiveConnection) => Observable<CallbackValue<K>>;
} = Object.freeze({
  onChat: (c: LiveConnection) => c.chat$,
  onGift: (c: LiveConnection) => c.gift$,
  onLike: (c: LiveConnection) => c.like$,
  onMember: (c: LiveConnection) => c.member$,
  onFollow: (c: LiveConnection) => c.follow$,
  onShare: (c: LiveConnection) => c.share$,
  onRoomInfo: (c: LiveConnection) => c.roomInfo$,
  onStreamEnd: (c: LiveConnection) => c.streamEnd$,
  onEvent: (c: LiveConnection) => c.events$,
});

const KEYS = Object.keys(LIVE_CALLBACK_STREAMS) as LiveCallbackKey[];

/**
 * The callbacks `callbacks` defines (those whose value is a function), in table order.
 *
 * @example
 * liveCallbackKeys({ onGift: () => {}, onChat: undefined }); // ['onGift']
 */
export function liveCallbackKeys(callbacks: LiveCallbacks): LiveCallbackKey[] {
  return KEYS.filter((key) => typeof callbacks[key] === 'function');
}

/**
 * Subscribes the streams behind `keys` on `connection`. Each value goes to the callback
 * `callbacks()` returns *at that moment* (so a binding can pass its latest callbacks without
 * resubscribing). `onStop` runs when a stream errors (fatal close: the error is also in the
 * store snapshot) or completes (stream end, `disconnect()`); subscribing again then starts a
 * new session, so wait for {@link isActiveStatus} before doing so.
 *
 * @example
 * const subscription = subscribeLiveCallbacks(connection, liveCallbackKeys(options), () => options, () => (stopped = true));
 * // later
 * subscription.unsubscribe();
 */
export function subscribeLiveCallbacks(
  connection: LiveConnection,
  keys: readonly LiveCallbackKey[],
  callbacks: () => LiveCallbacks,
  onStop: () => void,
): Subscription {
  const subscription = new Subscription();
  for (const key of keys) {
    const stream$: Observable<unknown> = LIVE_CALLBACK_STREAMS[key](connection);
    subscription.add(
      stream$.subscribe({
        next: (value) => (callbacks()[key] as ((value: unknown) => void) | undefined)?.(value),
        error: onStop,
        complete: onStop,
      }),
    );
  }
  return subscription;
}
