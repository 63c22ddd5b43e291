'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Observable } from 'rxjs';
import { useLatestRef } from '../internal/useLatestRef.js';

/** Options of {@link useLiveEvents}. */
export interface UseLiveEventsOptions {
  /** How many of the most recent values to keep (older ones drop off the front). A positive integer. @default 100 */
  limit?: number;
  /**
   * When a batch of new values is rendered: `'frame'` on the next animation frame (a 16 ms timer
   * where there is none), or a number of milliseconds (at most one render per interval).
   * Either way a burst of thousands of events is one render, and none is lost below `limit`.
   * @default 'frame'
   */
  batch?: 'frame' | number;
}

/** Defaults of {@link UseLiveEventsOptions}. */
export const DEFAULT_LIVE_EVENTS_OPTIONS = { limit: 100, batch: 'frame' } as const satisfies Required<UseLiveEventsOptions>;

const EMPTY: readonly never[] = Object.freeze([]);

interface Buffered<T> {
  readonly source$: Observable<T> | undefined;
  readonly items: readonly T[];
}

/**
 * The most recent values of `source$` as an array (oldest first, at most `limit`), rendered in
 * batches: burst-safe where a "last message" state would drop events between renders. A new
 * `source$` starts from an empty array; `undefined` gives an empty array. Nothing runs on the
 * server.
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
  const { limit = DEFAULT_LIVE_EVENTS_OPTIONS.limit, batch = DEFAULT_LIVE_EVENTS_OPTIONS.batch } = options;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new TypeError(`useLiveEvents(): limit must be a positive integer (got ${String(limit)}); it bounds the array, e.g. { limit: 100 }.`);
  }
  if (batch !== 'frame' && !(typeof batch === 'number' && Number.isFinite(batch) && batch >= 0)) {
    throw new TypeError(`useLiveEvents(): batch must be 'frame' or a number of milliseconds ≥ 0 (got ${String(batch)}).`);
  }
  // Read through a ref so changing limit/batch does not resubscribe (which could drop events).
  const settings = useLatestRef({ limit, batch });
  const [buffered, setBuffered] = useState<Buffered<T>>({ source$, items: EMPTY });

  useEffect(() => {
    if (source$ === undefined) return;
    let pending: T[] = [];
    let cancel: (() => void) | undefined;
    const flush = (): void => {
      cancel = undefined;
      const fresh = pending;
      pending = [];
      const max = settings.current.limit;
      setBuffered((prev) => {
        const kept = prev.source$ === source$ ? prev.items : EMPTY;
        const merged = kept.length + fresh.length > max ? [...kept, ...fresh].slice(-max) : [...kept, ...fresh];
        return { source$, items: Object.freeze(merged) };
      });
    };
    const subscription = source$.subscribe({
      next: (value) => {
        pending.push(value);
        // Bounded even when frames do not run (background tab): only the newest `limit` matter.
        const max = settings.current.limit;
        if (pending.length > 2 * max) pending = pending.slice(-max);
        cancel ??= schedule(settings.current.batch, flush);
      },
      // Errors are visible in the connection state; RxJS would otherwise rethrow them asynchronously.
      error: () => {},
    });
    return () => {
      subscription.unsubscribe();
      cancel?.();
    };
  }, [source$, settings]);

  // A different source than the buffered one (just switched): show nothing from the old one.
  // A lowered limit applies at once, with a stable array identity until the next batch.
  const current = buffered.source$ === source$ ? buffered.items : EMPTY;
  return useMemo(() => (current.length > limit ? Object.freeze(current.slice(-limit)) : current), [current, limit]);
}

function schedule(batch: 'frame' | number, flush: () => void): () => void {
  if (batch === 'frame' && typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(flush);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(flush, batch === 'frame' ? 16 : batch);
  return () => clearTimeout(handle);
}
