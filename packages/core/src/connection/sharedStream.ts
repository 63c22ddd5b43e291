/**
 * How the connection's derived streams and `liveMany` share one pipeline among their
 * subscribers (one gift tracker, one totals state): subscribed on the first subscriber,
 * dropped a grace period after the last one leaves. Written for those few needs, so the
 * engine carries no rxjs subject or `share`.
 */
import { Observable, type Subscriber, type Subscription } from 'rxjs';

/** How {@link sharedStream} shares. */
export interface SharedStreamOptions {
  /** Keep the pipeline this long after the last subscriber leaves, in ms. @default 0 (drop at once) */
  readonly graceMs?: number;
  /** A new subscriber first gets the latest value. @default false */
  readonly replay?: boolean;
  /** After the pipeline ends, later subscribers get that end (after the latest value with `replay`) instead of a fresh pipeline. @default false */
  readonly keepEnd?: boolean;
}

/** `source`, subscribed once for all current subscribers. */
export function sharedStream<T>(source: Observable<T>, options: SharedStreamOptions = {}): Observable<T> {
  const { graceMs = 0, replay = false, keepEnd = false } = options;
  let subscribers: readonly Subscriber<T>[] = [];
  let connected = false;
  let connection: Subscription | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let latest: [T] | undefined;
  let ended: [failed: boolean, error: unknown] | undefined;

  const reset = (): void => {
    clearTimeout(grace);
    connected = false;
    connection = grace = undefined;
    if (!keepEnd) latest = undefined;
  };
  const end = (failed: boolean, error?: unknown): void => {
    const list = subscribers;
    subscribers = [];
    reset();
    if (keepEnd) ended = [failed, error];
    for (const subscriber of list) {
      if (failed) subscriber.error(error);
      else subscriber.complete();
    }
  };
  const disconnect = (): void => {
    const subscription = connection;
    reset();
    subscription?.unsubscribe();
  };

  return new Observable<T>((subscriber) => {
    if (latest !== undefined) subscriber.next(latest[0]);
    if (ended !== undefined) {
      if (ended[0]) subscriber.error(ended[1]);
      else subscriber.complete();
      return undefined;
    }
    subscribers = [...subscribers, subscriber];
    clearTimeout(grace);
    grace = undefined;
    if (!connected) {
      connected = true;
      const subscription = source.subscribe({
        next: (value) => {
          if (replay) latest = [value];
          const list = subscribers;
          for (let i = 0; i < list.length; i++) list[i]!.next(value);
        },
        error: (error: unknown) => end(true, error),
        complete: () => end(false),
      });
      // Still connected unless it ended synchronously.
      if (connected) connection = subscription;
    }
    return () => {
      const before = subscribers.length;
      subscribers = subscribers.filter((s) => s !== subscriber);
      if (before > 0 && subscribers.length === 0 && connected) {
        if (graceMs > 0) grace = setTimeout(disconnect, graceMs);
        else disconnect();
      }
    };
  });
}
