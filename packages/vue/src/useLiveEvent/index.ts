import { isServer } from '@tiktok-live-rx/core';
import type { Observable } from 'rxjs';
import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { tryOnScopeDispose } from '../internal/tryOnScopeDispose.js';

/** Options of {@link useLiveEvent}. */
export interface UseLiveEventOptions {
  /** Called if the stream errors (for a connection stream: a fatal close, also visible as `status: 'error'`). @default undefined (ignored) */
  onError?: (error: unknown) => void;
  /** Called when the stream completes (for a connection stream: stream end or `disconnect()`). @default undefined */
  onComplete?: () => void;
}

/**
 * Calls `handler` for every value of `source` (an observable, or a ref/getter of one) until
 * the calling component or effect scope is disposed. A new observable unsubscribes the old
 * one first; `undefined` subscribes to nothing. Nothing runs during server rendering.
 * Returns a function that stops it early.
 *
 * For a reactive ref of the latest value, `@vueuse/rxjs`'s `useObservable` fits; for a
 * bounded list, see `useLiveEvents`.
 *
 * @example
 * const { connection } = useTikTokLive(() => props.creator);
 * useLiveEvent(() => connection.value?.gift$, (gift) => playSound(gift.gift?.name));
 *
 * @see useLiveEvents
 */
export function useLiveEvent<T>(
  source: MaybeRefOrGetter<Observable<T> | undefined>,
  handler: (value: T) => void,
  options: UseLiveEventOptions = {},
): () => void {
  const stop = watch(
    () => toValue(source),
    (source$, _previous, onCleanup) => {
      if (source$ === undefined || isServer()) return;
      const subscription = source$.subscribe({
        next: handler,
        // Without onError an error is swallowed on purpose: RxJS would rethrow it
        // asynchronously (an uncaught exception), and the connection's state already shows it.
        error: (error: unknown) => options.onError?.(error),
        complete: () => options.onComplete?.(),
      });
      onCleanup(() => subscription.unsubscribe());
    },
    { immediate: true },
  );
  tryOnScopeDispose(stop, 'useLiveEvent()');
  return stop;
}
