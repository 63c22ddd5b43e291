'use client';
import { useEffect } from 'react';
import type { Observable } from 'rxjs';
import { useLatestRef } from '../internal/useLatestRef.js';

/** Options of {@link useLiveEvent}. */
export interface UseLiveEventOptions {
  /** Called if the stream errors (for a connection stream: a fatal close, also visible as `status: 'error'`). @default undefined (ignored) */
  onError?: (error: unknown) => void;
  /** Called when the stream completes (for a connection stream: stream end or `disconnect()`). @default undefined */
  onComplete?: () => void;
}

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
    const subscription = source$.subscribe({
      next: (value) => latest.current.handler(value),
      // Without onError an error is swallowed on purpose: RxJS would rethrow it asynchronously
      // (an uncaught exception) and the connection's state already shows it.
      error: (error: unknown) => latest.current.options?.onError?.(error),
      complete: () => latest.current.options?.onComplete?.(),
    });
    return () => subscription.unsubscribe();
  }, [source$, latest]);
}
