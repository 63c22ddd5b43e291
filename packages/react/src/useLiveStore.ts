'use client';
import { IDLE_SNAPSHOT, type LiveConnection, type LiveSnapshot } from '@tiktok-live-rx/core';
import { useCallback, useSyncExternalStore } from 'react';
import { noop } from './internal/noop.js';

/**
 * The shared internal behind `useTikTokLive`: reads a connection's store through
 * `useSyncExternalStore`. With no connection, or when `enabled` is false, it subscribes to
 * nothing and returns an idle snapshot, so no socket opens.
 */
export function useLiveStore(connection: LiveConnection | undefined, enabled: boolean): LiveSnapshot {
  const store = enabled ? connection?.store : undefined;
  // The identity of `subscribe` follows the store (= the connection handle): a new uniqueId
  // makes React unsubscribe from the old store and subscribe to the new one, while a
  // re-render with the same handle keeps the subscription, and so the socket.
  // No extra re-read after subscribing is needed: React itself compares getSnapshot() right
  // after subscribing, and the store builds any pending change on read.
  const subscribe = useCallback(
    (onStoreChange: () => void): (() => void) => (store === undefined ? noop : store.subscribe(onStoreChange)),
    [store],
  );
  // Disabled with a handle: that handle's idle snapshot (it keeps the uniqueId), not the live
  // one, since without a subscription this component would not re-render on changes.
  const getSnapshot = useCallback(
    (): LiveSnapshot =>
      store !== undefined ? store.getSnapshot() : (connection?.store.getServerSnapshot() ?? IDLE_SNAPSHOT),
    [store, connection],
  );
  // On the server and while hydrating React calls only this: a constant idle snapshot,
  // never subscribe, so server rendering opens no socket.
  const getServerSnapshot = useCallback(
    (): LiveSnapshot => connection?.store.getServerSnapshot() ?? IDLE_SNAPSHOT,
    [connection],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
