/** The subscription behind `useLiveEvent` in both bindings. */
import type { Observable, Subscription } from 'rxjs';

/** Options of an event handler binding (`useLiveEvent` in `@tiktok-live-rx/react` and `@tiktok-live-rx/vue`). */
export interface LiveEventOptions {
  /** Called if the stream errors (for a connection stream: a fatal close, also visible as `status: 'error'`). @default undefined (ignored) */
  onError?: (error: unknown) => void;
  /** Called when the stream completes (for a connection stream: stream end or `disconnect()`). @default undefined */
  onComplete?: () => void;
}

/** A handler and its options, as {@link subscribeLiveEvent} reads them at each notification. */
export interface LiveEventHandlers<T> {
  /** Called with every value. */
  readonly handler: (value: T) => void;
  /** `onError` / `onComplete`. */
  readonly options?: LiveEventOptions | undefined;
}

/**
 * Subscribes `source$`, calling the handlers `handlers()` returns at each notification (so a
 * binding can pass its latest handler without resubscribing). Without `onError` an error is
 * swallowed on purpose: RxJS would rethrow it asynchronously (an uncaught exception that can
 * end a Node process), and a connection's state already shows it.
 *
 * @example
 * const subscription = subscribeLiveEvent(connection.gift$, () => ({ handler: playSound }));
 */
export function subscribeLiveEvent<T>(source$: Observable<T>, handlers: () => LiveEventHandlers<T>): Subscription {
  return source$.subscribe({
    next: (value) => handlers().handler(value),
    error: (error: unknown) => handlers().options?.onError?.(error),
    complete: () => handlers().options?.onComplete?.(),
  });
}
