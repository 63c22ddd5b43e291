'use client';
import type { LiveCallbacks, LiveConnection, LiveSnapshot, LiveSource } from '@tiktok-live-rx/core';
import { bindLiveCallbacks, connectionFor, liveCallbackKeys, type LiveCallbackKey } from '@tiktok-live-rx/core/bindings';
import { useCallback, useEffect, useMemo } from 'react';
import { useLatestRef } from '../internal/useLatestRef.js';
import { useLiveClient } from '../useLiveClient/index.js';
import { useLiveStore } from '../useLiveStore.js';

/**
 * Event callbacks of {@link useTikTokLive}. Each one is called with the latest function you
 * passed (an inline arrow is fine: changing it never resubscribes or reconnects). Only the
 * streams you give a callback for are subscribed.
 */
export interface UseTikTokLiveCallbacks extends LiveCallbacks {}

/** Options of {@link useTikTokLive}. */
export interface UseTikTokLiveOptions extends UseTikTokLiveCallbacks {
  /** The client to use instead of the nearest `TikTokLiveProvider`'s: a `LiveClient` or any `LiveSource` (such as a relay client). @default the provider's client */
  client?: LiveSource;
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
  // The handle is cached per uniqueId by the client and inert until subscribed, so getting it
  // during render has no side effect. Only the client and the id key it: callbacks and UI
  // options never do (they would reconnect on every render).
  const connection = useMemo(() => connectionFor(client, uniqueId), [client, uniqueId]);
  const snapshot = useLiveStore(connection, enabled);

  // Callbacks: only which ones exist (a string key) is a dependency, never their identities;
  // the core keeps them subscribed across reconnect().
  const latest = useLatestRef<LiveCallbacks>(options);
  const wanted = liveCallbackKeys(options).join(',');
  useEffect(() => {
    if (connection === undefined || !enabled || wanted === '') return;
    return bindLiveCallbacks(connection, wanted.split(',') as LiveCallbackKey[], () => latest.current);
  }, [connection, enabled, wanted, latest]);

  if (throwOnError && snapshot.status === 'error' && snapshot.error !== undefined) throw snapshot.error;

  const reconnect = useCallback(() => connection?.reconnect(), [connection]);
  const disconnect = useCallback(() => connection?.disconnect(), [connection]);
  // Same object while nothing changed, so it can be passed down to memoised children.
  return useMemo(
    () => ({ ...snapshot, connection, reconnect, disconnect }),
    [snapshot, connection, reconnect, disconnect],
  );
}
