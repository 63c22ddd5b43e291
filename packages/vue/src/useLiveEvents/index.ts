import { isServer } from '@tiktok-live-rx/core';
import type { Observable } from 'rxjs';
import { shallowReadonly, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { tryOnScopeDispose } from '../internal/tryOnScopeDispose.js';

/** Options of {@link useLiveEvents}. */
export interface UseLiveEventsOptions {
  /** How many of the most recent values to keep (older ones drop off the front). A positive integer. @default 100 */
  limit?: number;
  /**
   * When a batch of new values is published: `'frame'` on the next animation frame (a 16 ms timer
   * where there is none), or a number of milliseconds (at most one update per interval).
   * Either way a burst of thousands of events is one update, and none is lost below `limit`.
   * @default 'frame'
   */
  batch?: 'frame' | number;
}

/** Defaults of {@link UseLiveEventsOptions}. */
export const DEFAULT_LIVE_EVENTS_OPTIONS = { limit: 100, batch: 'frame' } as const satisfies Required<UseLiveEventsOptions>;

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The most recent values of `source` (an observable, or a ref/getter of one) as a read-only
 * shallow ref of a frozen array (oldest first, at most `limit`), updated in batches: burst-safe
 * where a "last message" ref would drop events between renders. A new source starts from an
 * empty array. Nothing runs during server rendering.
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
  const { limit = DEFAULT_LIVE_EVENTS_OPTIONS.limit, batch = DEFAULT_LIVE_EVENTS_OPTIONS.batch } = options;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new TypeError(`useLiveEvents(): limit must be a positive integer (got ${String(limit)}); it bounds the array, e.g. { limit: 100 }.`);
  }
  if (batch !== 'frame' && !(typeof batch === 'number' && Number.isFinite(batch) && batch >= 0)) {
    throw new TypeError(`useLiveEvents(): batch must be 'frame' or a number of milliseconds ≥ 0 (got ${String(batch)}).`);
  }
  const items = shallowRef<readonly T[]>(EMPTY);

  const stop = watch(
    () => toValue(source),
    (source$, _previous, onCleanup) => {
      items.value = EMPTY;
      if (source$ === undefined || isServer()) return;
      let pending: T[] = [];
      let cancel: (() => void) | undefined;
      const flush = (): void => {
        cancel = undefined;
        const merged = [...items.value, ...pending];
        pending = [];
        items.value = Object.freeze(merged.length > limit ? merged.slice(-limit) : merged);
      };
      const subscription = source$.subscribe({
        next: (value) => {
          pending.push(value);
          // Bounded even when frames do not run (background tab): only the newest `limit` matter.
          if (pending.length > 2 * limit) pending = pending.slice(-limit);
          cancel ??= schedule(batch, flush);
        },
        // Errors are visible in the connection state; RxJS would otherwise rethrow them asynchronously.
        error: () => {},
      });
      onCleanup(() => {
        subscription.unsubscribe();
        cancel?.();
      });
    },
    { immediate: true },
  );
  tryOnScopeDispose(stop, 'useLiveEvents()');
  return shallowReadonly(items);
}

function schedule(batch: 'frame' | number, flush: () => void): () => void {
  if (batch === 'frame' && typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(flush);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(flush, batch === 'frame' ? 16 : batch);
  return () => clearTimeout(handle);
}
