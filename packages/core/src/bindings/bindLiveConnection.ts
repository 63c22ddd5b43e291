import type { LiveConnection, LiveSnapshot } from '../types.js';
import { bindLiveCallbacks } from './bindLiveCallbacks.js';
import type { LiveCallbackKey, LiveCallbacks } from './subscribeLiveCallbacks.js';

/**
 * Holds `connection` for a binding that keeps its own copy of the snapshot: subscribes the
 * store, hands `onSnapshot` the current snapshot at once (the store may already be live,
 * held by someone else) and every later one, and binds the `keys` callbacks (kept across
 * `reconnect()`). Returns the function that releases all of it.
 */
export function bindLiveConnection(
  connection: LiveConnection,
  onSnapshot: (snapshot: LiveSnapshot) => void,
  keys: readonly LiveCallbackKey[],
  callbacks: () => LiveCallbacks,
): () => void {
  const { store } = connection;
  const unsubscribeStore = store.subscribe(() => onSnapshot(store.getSnapshot()));
  onSnapshot(store.getSnapshot());
  const unbindCallbacks = bindLiveCallbacks(connection, keys, callbacks);
  return () => {
    unsubscribeStore();
    unbindCallbacks();
  };
}
