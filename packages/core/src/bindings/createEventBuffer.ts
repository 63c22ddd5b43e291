/**
 * The buffer behind `useLiveEvents` in both bindings: the newest values of a stream as a
 * frozen array, published in batches, as a tiny external store (`subscribe` / `getSnapshot`)
 * that React reads with `useSyncExternalStore` and Vue copies into a `shallowRef`.
 */
import type { Observable, Subscription } from 'rxjs';
import { notifyManager } from '../notifyManager.js';
import { MS, check, type Rule } from '../validation/optionChecks.js';

/** Options of an event list (`useLiveEvents` in `@tiktok-live-rx/react` and `@tiktok-live-rx/vue`). */
export interface LiveEventsOptions {
  /** How many of the most recent values to keep (older ones drop off the front). A positive integer. @default 100 */
  limit?: number;
  /**
   * When a batch of new values is published: `'frame'` together with the store snapshot's
   * notifications (the shared `notifyManager`: the next animation frame in a browser, a
   * microtask elsewhere), or a number of milliseconds (at most one update per interval).
   * Either way a burst of thousands of events is one update, and none is lost below `limit`.
   * @default 'frame'
   */
  batch?: 'frame' | number;
}

/** Defaults of {@link LiveEventsOptions}. */
export const DEFAULT_LIVE_EVENTS_OPTIONS = { limit: 100, batch: 'frame' } as const satisfies Required<LiveEventsOptions>;

const LIMIT: Rule = [(value) => Number.isSafeInteger(value) && (value as number) >= 1, 'a positive integer'];
const BATCH: Rule = [(value) => value === 'frame' || MS[0](value), "'frame' or a number of milliseconds ≥ 0"];

/** The empty list (one frozen instance, so "nothing yet" is referentially stable). */
export const EMPTY_EVENTS: readonly never[] = Object.freeze([]);

/**
 * `options` with defaults filled in. Throws a `TypeError` naming `caller` for a `limit` that
 * is not a positive integer or a `batch` that is neither `'frame'` nor a number ≥ 0.
 *
 * @example
 * resolveLiveEventsOptions({ limit: 20 }, 'useLiveEvents()'); // { limit: 20, batch: 'frame' }
 */
export function resolveLiveEventsOptions(options: LiveEventsOptions, caller: string): Required<LiveEventsOptions> {
  return {
    limit: check(caller, 'limit', options.limit, LIMIT, DEFAULT_LIVE_EVENTS_OPTIONS.limit, 'It bounds the array, e.g. { limit: 100 }.'),
    batch: check(caller, 'batch', options.batch, BATCH, DEFAULT_LIVE_EVENTS_OPTIONS.batch),
  };
}

/** A batched list of a stream's newest values, readable as an external store. */
export interface EventBuffer<T> {
  /** Registers a listener; the first one subscribes the stream, the last one to leave unsubscribes it. */
  subscribe(listener: () => void): () => void;
  /** The current list (oldest first, frozen); the same array until a batch lands. */
  getSnapshot(): readonly T[];
}

/**
 * Creates the buffer for `source$`. Creating it subscribes nothing (safe during render);
 * `options()` is read at each value and each batch, so a new `limit` or `batch` applies
 * without resubscribing. Errors of `source$` are swallowed: for a connection stream the
 * error is in the store snapshot, and RxJS would otherwise rethrow it asynchronously.
 *
 * @example
 * const buffer = createEventBuffer(connection.chat$, () => ({ limit: 50, batch: 'frame' }));
 * const stop = buffer.subscribe(() => render(buffer.getSnapshot()));
 */
export function createEventBuffer<T>(source$: Observable<T>, options: () => Required<LiveEventsOptions>): EventBuffer<T> {
  const listeners = new Set<() => void>();
  let items: readonly T[] = EMPTY_EVENTS;
  let pending: T[] = [];
  let scheduled = false;
  let subscription: Subscription | undefined;

  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const fresh = pending;
    pending = [];
    const { limit } = options();
    const merged = items.length + fresh.length > limit ? [...items, ...fresh].slice(-limit) : [...items, ...fresh];
    items = Object.freeze(merged);
    for (const listener of [...listeners]) listener();
  };

  const onValue = (value: T): void => {
    pending.push(value);
    const { limit, batch } = options();
    // Bounded even when frames do not run (a background tab): only the newest `limit` matter.
    if (pending.length > 2 * limit) pending = pending.slice(-limit);
    if (scheduled) return;
    scheduled = true;
    if (batch === 'frame') notifyManager.schedule(flush);
    else setTimeout(flush, batch);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= source$.subscribe({ next: onValue, error: () => {} });
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(listener);
        if (listeners.size > 0) return;
        subscription?.unsubscribe();
        subscription = undefined;
      };
    },
    getSnapshot: () => items,
  };
}
