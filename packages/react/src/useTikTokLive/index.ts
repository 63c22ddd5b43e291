'use client';
import type { LiveClient, LiveConnection, LiveEvent, LiveSnapshot, RoomInfo, StreamEndEvent } from '@tiktok-live-rx/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Subscription, type Observable, type ObservedValueOf } from 'rxjs';
import { useLatestRef } from '../internal/useLatestRef.js';
import { useLiveClient } from '../useLiveClient/index.js';
import { useLiveStore } from '../useLiveStore.js';

/**
 * Event callbacks of {@link useTikTokLive}. Each one is called with the latest function you
 * passed (an inline arrow is fine: changing it never resubscribes or reconnects). Only the
 * streams you give a callback for are subscribed.
 */
export interface UseTikTokLiveCallbacks {
  /** Every chat message. @default undefined */
  onChat?: (message: ObservedValueOf<LiveConnection['chat$']>) => void;
  /** Every gift frame, streak frames included (pipe `connection.gift$` through `finalizeGiftStreaks()` for one call per streak). @default undefined */
  onGift?: (message: ObservedValueOf<LiveConnection['gift$']>) => void;
  /** Every like batch. @default undefined */
  onLike?: (message: ObservedValueOf<LiveConnection['like$']>) => void;
  /** Every join / member action. @default undefined */
  onMember?: (message: ObservedValueOf<LiveConnection['member$']>) => void;
  /** Every follow. @default undefined */
  onFollow?: (message: ObservedValueOf<LiveConnection['follow$']>) => void;
  /** Every share. @default undefined */
  onShare?: (message: ObservedValueOf<LiveConnection['share$']>) => void;
  /** Room info (the latest one at once, then each new one). @default undefined */
  onRoomInfo?: (roomInfo: RoomInfo) => void;
  /** Once per stream end (ControlMessage or close 4005). @default undefined */
  onStreamEnd?: (event: StreamEndEvent) => void;
  /** Every event of every type, as `{ type, data }`. @default undefined */
  onEvent?: (event: LiveEvent) => void;
}

/** Options of {@link useTikTokLive}. */
export interface UseTikTokLiveOptions extends UseTikTokLiveCallbacks {
  /** The client to use instead of the nearest `TikTokLiveProvider`'s. @default the provider's client */
  client?: LiveClient;
  /** `false` keeps the hook idle: no subscription, no socket (the handle is still returned). @default true */
  enabled?: boolean;
  /** Throw a fatal connection error (status `'error'`) during render, to the nearest error boundary. @default false */
  throwOnError?: boolean;
}

/** What {@link useTikTokLive} returns: the store snapshot's fields plus the handle and two actions. */
export interface UseTikTokLiveReturn extends LiveSnapshot {
  /** The connection handle (`chat$`, `gift$`, `state$`, …), or `undefined` without a `uniqueId`. */
  readonly connection: LiveConnection | undefined;
  /** Starts over: after `'ended'`, `'error'` or `disconnect()` it connects again; while active, a fresh socket. No-op without a connection. */
  readonly reconnect: () => void;
  /** Closes the socket now and goes `'idle'` until `reconnect()` (or a new `uniqueId`). No-op without a connection. */
  readonly disconnect: () => void;
}

type CallbackKey = keyof UseTikTokLiveCallbacks;

/** The stream behind each callback. */
const STREAM_OF: { readonly [K in CallbackKey]-?: (connection: LiveConnection) => Observable<unknown> } = {
  onChat: (c) => c.chat$,
  onGift: (c) => c.gift$,
  onLike: (c) => c.like$,
  onMember: (c) => c.member$,
  onFollow: (c) => c.follow$,
  onShare: (c) => c.share$,
  onRoomInfo: (c) => c.roomInfo$,
  onStreamEnd: (c) => c.streamEnd$,
  onEvent: (c) => c.events$,
};
const CALLBACK_KEYS = Object.keys(STREAM_OF) as CallbackKey[];

/** Statuses in which the connection's streams are running (and can be subscribed without starting a new session). */
const ACTIVE_STATUSES: ReadonlySet<string> = new Set(['connecting', 'connected', 'reconnecting', 'waiting']);

/**
 * Live state of one TikTok creator, and optional event callbacks, over one shared socket.
 *
 * The socket opens when the first component subscribes (in an effect, never during render)
 * and closes a grace period (`keepAliveMs`) after the last one unmounts, so React StrictMode's
 * double mount keeps one socket. `uniqueId` `undefined` or empty → idle, no socket; a new
 * `uniqueId` → a new handle, the old one is released. On the server it renders the idle
 * snapshot and opens nothing.
 *
 * Throws a `TypeError` for a non-empty `uniqueId` that is not a TikTok handle (check user input
 * with `normalizeUniqueId` first), and when there is no client (provider or `options.client`).
 *
 * @example
 * function Room({ id }: { id: string }) {
 *   const { status, roomInfo, viewerCount, recentChat, reconnect } = useTikTokLive(id, {
 *     onGift: (gift) => console.log(gift.user?.nickname, gift.gift?.name),
 *   });
 *   if (status === 'error') return <button onClick={reconnect}>Retry</button>;
 *   return <p>{roomInfo?.raw?.title} · {viewerCount} viewers · {recentChat.length} messages</p>;
 * }
 *
 * @see useLiveEvent
 * @see useLiveEvents
 */
export function useTikTokLive(uniqueId: string | undefined, options: UseTikTokLiveOptions = {}): UseTikTokLiveReturn {
  const { client: clientOption, enabled = true, throwOnError = false } = options;
  const client = useLiveClient(clientOption);
  const id = typeof uniqueId === 'string' && uniqueId.trim() === '' ? undefined : uniqueId;

  // The handle is cached per uniqueId by the client and inert until subscribed, so getting it
  // during render has no side effect. Only the client and the id key it: callbacks and UI
  // options never do (they would reconnect on every render).
  const connection = useMemo(() => (id === undefined || id === null ? undefined : client.live(id)), [client, id]);
  const snapshot = useLiveStore(connection, enabled);

  useCallbacks(connection, enabled, snapshot.status, options);

  if (throwOnError && snapshot.status === 'error' && snapshot.error !== undefined) throw snapshot.error;

  const reconnect = useCallback(() => connection?.reconnect(), [connection]);
  const disconnect = useCallback(() => connection?.disconnect(), [connection]);
  // Same object while nothing changed, so it can be passed down to memoised children.
  return useMemo(
    () => ({ ...snapshot, connection, reconnect, disconnect }),
    [snapshot, connection, reconnect, disconnect],
  );
}

/**
 * Subscribes the streams that have a callback, calling the latest callbacks through a ref.
 * Dependencies: the handle, `enabled` and *which* callbacks exist (a string key), never their
 * identities.
 */
function useCallbacks(connection: LiveConnection | undefined, enabled: boolean, status: string, callbacks: UseTikTokLiveCallbacks): void {
  const latest = useLatestRef(callbacks);
  const wanted = CALLBACK_KEYS.filter((key) => typeof callbacks[key] === 'function').join(',');

  // Streams complete on a stream end, error on a fatal close, and complete on disconnect().
  // After that, subscribing again would start a new session, so we wait until the connection
  // is active again (someone called reconnect()) and only then resubscribe.
  const [stoppedFor, setStoppedFor] = useState<LiveConnection | undefined>(undefined);
  const stopped = connection !== undefined && stoppedFor === connection;
  if (stopped && ACTIVE_STATUSES.has(status)) setStoppedFor(undefined);

  useEffect(() => {
    if (connection === undefined || !enabled || stopped || wanted === '') return;
    const subscription = new Subscription();
    const stop = (): void => setStoppedFor(connection);
    for (const key of wanted.split(',') as CallbackKey[]) {
      subscription.add(
        STREAM_OF[key](connection).subscribe({
          next: (value) => (latest.current[key] as ((value: unknown) => void) | undefined)?.(value),
          // A fatal error is in the snapshot (`status: 'error'`, `error`); nothing to report twice.
          error: stop,
          complete: stop,
        }),
      );
    }
    return () => subscription.unsubscribe();
  }, [connection, enabled, stopped, wanted, latest]);
}
