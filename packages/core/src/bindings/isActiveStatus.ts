/** When a binding may (re)subscribe to a connection's streams. */
import type { LiveStatus } from '../types.js';

const ACTIVE_STATUSES: ReadonlySet<LiveStatus> = new Set<LiveStatus>(['connecting', 'connected', 'reconnecting', 'waiting']);

/**
 * Whether a connection in `status` is running its streams, so subscribing to them joins the
 * current session instead of starting a new one. After `'ended'`, `'error'` or `disconnect()`
 * (`'idle'`) the streams have completed or errored; bindings wait for an active status again
 * (someone called `reconnect()`) before resubscribing their callbacks.
 *
 * @example
 * isActiveStatus('reconnecting'); // true
 * isActiveStatus('ended'); // false
 * @see subscribeLiveCallbacks
 */
export function isActiveStatus(status: LiveStatus): boolean {
  return ACTIVE_STATUSES.has(status);
}
