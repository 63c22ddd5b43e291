import { IDLE_SNAPSHOT, isServer, type LiveCallbacks, type LiveConnection, type LiveSnapshot, type LiveSource } from '@tiktok-live-rx/core';
import { bindLiveConnection, connectionFor, liveCallbackKeys } from '@tiktok-live-rx/core/bindings';
import { shallowReadonly, shallowRef, toRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { tryOnScopeDispose } from '../internal/tryOnScopeDispose.js';
import { useLiveClient } from '../useLiveClient/index.js';

/**
 * Event callbacks of {@link useTikTokLive}. Only the streams you give a callback for are
 * subscribed (decided once, at the call).
 */
export interface UseTikTokLiveCallbacks extends LiveCallbacks {}

/** Options of {@link useTikTokLive}. */
export interface UseTikTokLiveOptions extends UseTikTokLiveCallbacks {
  /** The client to use instead of the one `TikTokLivePlugin` provides: a `LiveClient` or any `LiveSource` (such as a relay client). @default the provided client */
  client?: LiveSource;
  /** `false` keeps it idle: no subscription, no socket. Read reactively (a ref or getter works). @default true */
  enabled?: MaybeRefOrGetter<boolean>;
}

/** Each snapshot field as a read-only ref. */
export type LiveSnapshotRefs = { readonly [K in keyof LiveSnapshot]: Readonly<Ref<LiveSnapshot[K]>> };

/** What {@link useTikTokLive} returns (a shallow-readonly object: destructure it freely). */
export interface UseTikTokLiveReturn extends LiveSnapshotRefs {
  /** The whole immutable snapshot; replaced (never mutated) on every change. */
  readonly snapshot: Readonly<Ref<LiveSnapshot>>;
  /** The connection handle (`chat$`, `gift$`, `state$`, …), or `undefined` without a `uniqueId`. */
  readonly connection: Readonly<Ref<LiveConnection | undefined>>;
  /** Starts over: after `'ended'`, `'error'` or `disconnect()` it connects again; while active, a fresh socket. No-op without a connection. */
  readonly reconnect: () => void;
  /** Closes the socket now and goes `'idle'` until `reconnect()` (or a new `uniqueId`). No-op without a connection. */
  readonly disconnect: () => void;
}

const SNAPSHOT_KEYS = Object.keys(IDLE_SNAPSHOT) as (keyof LiveSnapshot)[];

/**
 * Live state of one TikTok creator as reactive refs, and optional event callbacks, over one
 * shared socket.
 *
 * `uniqueId` is a string, a ref or a getter, read reactively: `undefined` or empty → idle, no
 * socket; a new value tears down the old subscription first, then subscribes the new handle
 * (the old socket closes after the grace period). Everything is released when the calling
 * component (or effect scope) is disposed. Nothing connects during server rendering.
 *
 * Throws (through Vue's error handling) a `TypeError` for a non-empty `uniqueId` that is not a
 * TikTok handle, and a `TypeError` when there is no client.
 *
 * @example
 * const props = defineProps<{ creator: string }>();
 * const { status, roomInfo, viewerCount, recentChat, reconnect } = useTikTokLive(() => props.creator, {
 *   onGift: (gift) => console.log(gift.user?.nickname, gift.gift?.name),
 * });
 *
 * @see useLiveEvent
 * @see useLiveEvents
 */
export function useTikTokLive(uniqueId: MaybeRefOrGetter<string | undefined>, options: UseTikTokLiveOptions = {}): UseTikTokLiveReturn {
  const client = useLiveClient(options.client);
  const snapshot = shallowRef<LiveSnapshot>(IDLE_SNAPSHOT);
  const connection = shallowRef<LiveConnection | undefined>(undefined);
  const wanted = liveCallbackKeys(options);

  const stop = watch(
    [() => toValue(uniqueId), () => toValue(options.enabled) ?? true] as const,
    ([id, enabled], _previous, onCleanup) => {
      const handle = connectionFor(client, id);
      connection.value = handle;
      // Until subscribed (and while disabled, or on the server): the handle's constant idle snapshot.
      snapshot.value = handle?.store.getServerSnapshot() ?? IDLE_SNAPSHOT;
      if (handle === undefined || !enabled || isServer()) return;
      // Runs before the next id's handler and on scope disposal: the old subscription is
      // always torn down first, so an id switch never holds two stores from this call.
      // The core keeps the callbacks subscribed across reconnect().
      onCleanup(bindLiveConnection(handle, (next) => (snapshot.value = next), wanted, () => options));
    },
    { immediate: true },
  );
  tryOnScopeDispose(stop, 'useTikTokLive()');

  const refs = Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, toRef(() => snapshot.value[key])])) as unknown as LiveSnapshotRefs;
  return shallowReadonly({
    ...refs,
    snapshot: toRef(() => snapshot.value),
    connection: toRef(() => connection.value),
    // Read the handle when called, not when created: the id may have changed since.
    reconnect: () => connection.value?.reconnect(),
    disconnect: () => connection.value?.disconnect(),
  });
}
