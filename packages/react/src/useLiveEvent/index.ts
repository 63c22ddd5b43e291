'use client';
import { subscribeLiveEvent, type LiveEventOptions } from '@tiktok-live-rx/core/bindings';
import { useEffect } from 'react';
import type { Observable } from 'rxjs';
import { useLatestRef } from '../internal/useLatestRef.js';

/** Options of {@link useLiveEvent}: `onError` (without it an error is ignored) and `onComplete`. */
export interface UseLiveEventOptions extends LiveEventOptions {}

/**
 * Calls `handler` for every value of `source$` while the component is mounted. The latest
 * `handler` is always used, so an inline arrow never resubscribes; only a new `source$`
 * (another identity) does. `undefined` subscribes to nothing. Runs in an effect: nothing on
 * the server.
 *
 * Pass stable observables: a connection's streams (`connection.gift$`) are stable; memoise
 * piped ones (`useMemo(() => connection?.gift$.pipe(finalizeGiftStreaks()), [connection])`).
 * A stream that completed or errored stays finished until `source$` changes.
 *
 * @example
 * const { connection } = useTikTokLive(id);
 * useLiveEvent(connection?.gift$, (gift) => playSound(gift.gift?.name));
 *
 * @see useLiveEvents for a buffered, render-friendly list
 */
export function useLiveEvent<T>(source$: Observable<T> | undefined, handler: (value: T) => void, options?: UseLiveEventOptions): void {
  const latest = useLatestRef({ handler, options });
  useEffect(() => {
    if (source$ === undefined) return;
    const subscription = subscribeLiveEvent(source$, () => latest.current);
    return () => subscription.unsubscribe();
  }, [source$, latest]);
}
