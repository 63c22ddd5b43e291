/**
 * The callback lifecycle both bindings share: subscribe the streams that have a callback,
 * and after they stop (stream end, fatal close, `disconnect()`) resubscribe once the
 * connection is active again (someone called `reconnect()`).
 */
import type { Subscription } from 'rxjs';
import type { LiveConnection } from '../types.js';
import { isActiveStatus } from './isActiveStatus.js';
import { subscribeLiveCallbacks, type LiveCallbackKey, type LiveCallbacks } from './subscribeLiveCallbacks.js';

/**
 * Keeps the callbacks behind `keys` subscribed on `connection` until the returned function is
 * called, across `reconnect()`: streams complete on a stream end or `disconnect()` and error on
 * a fatal close (the error is in the snapshot), and subscribing again at once would start a new
 * session, so they resubscribe only when the store reports an active status again (at its next
 * notification: the next animation frame in a browser, so in a hidden tab callbacks resume when
 * it is shown again; `roomInfo$` replays, other events in between are not replayed). Each value
 * goes to the callback `callbacks()` returns at that moment. With no keys it does nothing.
 * Registers a store listener, so it holds the socket open like any other subscriber.
 *
 * @example
 * const stop = bindLiveCallbacks(connection, liveCallbackKeys(options), () => options);
 * // later
 * stop();
 */
export function bindLiveCallbacks(connection: LiveConnection, keys: readonly LiveCallbackKey[], callbacks: () => LiveCallbacks): () => void {
  if (keys.length === 0) return () => {};
  const { store } = connection;
  let subscription: Subscription | undefined;
  let stopped = false;
  const start = (): void => {
    stopped = false;
    subscription = subscribeLiveCallbacks(connection, keys, callbacks, () => {
      stopped = true;
    });
  };
  const unsubscribeStore = store.subscribe(() => {
    if (!stopped || !isActiveStatus(store.getSnapshot().status)) return;
    subscription?.unsubscribe();
    start();
  });
  start();
  return () => {
    unsubscribeStore();
    subscription?.unsubscribe();
  };
}
