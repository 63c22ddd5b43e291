import { isServer } from '@tiktok-live-rx/core';
import { EMPTY_EVENTS, createEventBuffer, resolveLiveEventsOptions, type LiveEventsOptions } from '@tiktok-live-rx/core/bindings';
import type { Observable } from 'rxjs';
import { shallowReadonly, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { tryOnScopeDispose } from '../internal/tryOnScopeDispose.js';

export { DEFAULT_LIVE_EVENTS_OPTIONS } from '@tiktok-live-rx/core/bindings';

/** Options of {@link useLiveEvents}: `limit` (default 100) and `batch` (default `'frame'`). */
export interface UseLiveEventsOptions extends LiveEventsOptions {}

/**
 * The most recent values of `source` (an observable, or a ref/getter of one) as a read-only
 * shallow ref of a frozen array (oldest first, at most `limit`), updated in batches: burst-safe
 * where a "last message" ref would drop events between renders. With `batch: 'frame'` a batch
 * lands with the store snapshot's notifications (`notifyManager`), so this list and
 * `useTikTokLive`'s refs change in the same update, at most once per animation frame. A new
 * source starts from an empty array. Nothing runs during server rendering.
 *
 * @example
 * const { connection } = useTikTokLive(() => props.creator);
 * const gifts = useLiveEvents(() => connection.value?.gift$, { limit: 20 });
 * // template: <li v-for="g in gifts" :key="g.common?.msgId">{{ g.user?.nickname }}: {{ g.gift?.name }}</li>
 *
 * @see useLiveEvent
 */
export function useLiveEvents<T>(
  source: MaybeRefOrGetter<Observable<T> | undefined>,
  options: UseLiveEventsOptions = {},
): Readonly<ShallowRef<readonly T[]>> {
  const settings = resolveLiveEventsOptions(options, 'useLiveEvents()');
  const items = shallowRef<readonly T[]>(EMPTY_EVENTS);

  const stop = watch(
    () => toValue(source),
    (source$, _previous, onCleanup) => {
      items.value = EMPTY_EVENTS;
      if (source$ === undefined || isServer()) return;
      const buffer = createEventBuffer(source$, () => settings);
      onCleanup(buffer.subscribe(() => (items.value = buffer.getSnapshot())));
    },
    { immediate: true },
  );
  tryOnScopeDispose(stop, 'useLiveEvents()');
  return shallowReadonly(items);
}
