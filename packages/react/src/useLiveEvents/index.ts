'use client';
import { EMPTY_EVENTS, createEventBuffer, resolveLiveEventsOptions, type LiveEventsOptions } from '@tiktok-live-rx/core/bindings';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Observable } from 'rxjs';
import { noop } from '../internal/noop.js';
import { useLatestRef } from '../internal/useLatestRef.js';

export { DEFAULT_LIVE_EVENTS_OPTIONS } from '@tiktok-live-rx/core/bindings';

/** Options of {@link useLiveEvents}: `limit` (default 100) and `batch` (default `'frame'`). */
export interface UseLiveEventsOptions extends LiveEventsOptions {}

const getServerSnapshot = (): readonly never[] => EMPTY_EVENTS;

/**
 * The most recent values of `source$` as an array (oldest first, at most `limit`), rendered in
 * batches: burst-safe where a "last message" state would drop events between renders. With
 * `batch: 'frame'` a batch lands with the store snapshot's notifications (`notifyManager`), so
 * this list and `useTikTokLive`'s state change in the same commit, at most once per animation
 * frame. A new `source$` starts from an empty array; `undefined` gives an empty array. Nothing
 * runs on the server.
 *
 * Pass stable observables (a connection's `chat$`, or a memoised pipe).
 *
 * @example
 * const { connection } = useTikTokLive(id);
 * const gifts = useLiveEvents(connection?.gift$, { limit: 20 });
 * return <ul>{gifts.map((g) => <li key={g.common?.msgId}>{g.user?.nickname}: {g.gift?.name}</li>)}</ul>;
 *
 * @see useLiveEvent to run code per event instead
 */
export function useLiveEvents<T>(source$: Observable<T> | undefined, options: UseLiveEventsOptions = {}): readonly T[] {
  const { limit, batch } = resolveLiveEventsOptions(options, 'useLiveEvents()');
  // Read through a ref so changing limit/batch does not resubscribe (which could drop events).
  const settings = useLatestRef({ limit, batch });
  // Creating the buffer subscribes nothing, so it is safe in render; a new source, a new buffer.
  const buffer = useMemo(() => (source$ === undefined ? undefined : createEventBuffer(source$, () => settings.current)), [source$, settings]);
  // useSyncExternalStore like the snapshot, so a batch and a snapshot change share a commit.
  const subscribe = useCallback((onChange: () => void) => buffer?.subscribe(onChange) ?? noop, [buffer]);
  const getSnapshot = useCallback((): readonly T[] => buffer?.getSnapshot() ?? EMPTY_EVENTS, [buffer]);
  const items = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  // A lowered limit applies at once, with a stable array identity until the next batch.
  return useMemo(() => (items.length > limit ? Object.freeze(items.slice(-limit)) : items), [items, limit]);
}
