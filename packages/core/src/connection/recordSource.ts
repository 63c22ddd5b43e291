/**
 * A source subscribed now whose notifications are kept until a subscriber takes it over: the
 * way code that loads on first use (`import()`) misses nothing that arrived while it loaded.
 */
import type { Observable, Subscriber } from 'rxjs';

type Notification<T> = { kind: 'N'; value: T } | { kind: 'E'; error: unknown } | { kind: 'C' };

/** A running subscription of a source, buffering until {@link Recording.handTo}. */
export interface Recording<T> {
  /** True once a subscriber took it over. */
  readonly handedOver: boolean;
  /** Replays what was kept to `to`, then forwards live; the recording's subscription is `to`'s from now on. */
  handTo(to: Subscriber<T>): void;
  /** Unsubscribes the source and drops what was kept, unless it was handed over (then its subscriber's teardown does). */
  stop(): void;
}

/** Subscribes `source` now and keeps its notifications for the subscriber it is handed to. */
export function recordSource<T>(source: Observable<T>): Recording<T> {
  let pending: Notification<T>[] | undefined = [];
  let to: Subscriber<T> | undefined;
  const deliver = (notification: Notification<T>): void => {
    if (to === undefined) pending?.push(notification);
    else if (notification.kind === 'N') to.next(notification.value);
    else if (notification.kind === 'E') to.error(notification.error);
    else to.complete();
  };
  const subscription = source.subscribe({
    next: (value) => deliver({ kind: 'N', value }),
    error: (error: unknown) => deliver({ kind: 'E', error }),
    complete: () => deliver({ kind: 'C' }),
  });
  return {
    get handedOver() {
      return to !== undefined;
    },
    handTo(subscriber) {
      const kept = pending ?? [];
      pending = undefined;
      to = subscriber;
      for (const notification of kept) deliver(notification);
      subscriber.add(() => subscription.unsubscribe());
    },
    stop() {
      if (to !== undefined) return;
      pending = undefined;
      subscription.unsubscribe();
    },
  };
}
