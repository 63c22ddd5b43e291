import { isServer } from '@tiktok-live-rx/core';
import { subscribeLiveEvent, type LiveEventOptions } from '@tiktok-live-rx/core/bindings';
import type { Observable } from 'rxjs';
import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { tryOnScopeDispose } from '../internal/tryOnScopeDispose.js';

/** Options of {@link useLiveEvent}: `onError` (without it an error is ignored) and `onComplete`. */
export interface UseLiveEventOptions extends LiveEventOptions {}

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
  const handlers = { handler, options };
  const stop = watch(
    () => toValue(source),
    (source$, _previous, onCleanup) => {
      if (source$ === undefined || isServer()) return;
      const subscription = subscribeLiveEvent(source$, () => handlers);
      onCleanup(() => subscription.unsubscribe());
    },
    { immediate: true },
  );
  tryOnScopeDispose(stop, 'useLiveEvent()');
  return stop;
}
