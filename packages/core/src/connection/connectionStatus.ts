/**
 * The single writer of {@link LiveState}: `state$` and the store's status fields are both read
 * from here. A new frozen object only when a field changed.
 */
import type { Observable } from 'rxjs';
import { createMulticast } from '../multicast.js';
import type { LiveState } from '../types.js';

/** The `idle` state. */
export const IDLE_STATE: LiveState = Object.freeze({ status: 'idle', attempt: 0 });

/** The status of one connection. */
export interface ConnectionStatus {
  /** The state, replayed; never completes. */
  readonly state$: Observable<LiveState>;
  /** The current state. */
  readonly current: LiveState;
  /** Publishes `next` unless it equals the current state field by field. */
  set(next: LiveState): void;
}

/** Creates the status, `idle` at first. */
export function createConnectionStatus(): ConnectionStatus {
  const state = createMulticast<LiveState>(true);
  let current = IDLE_STATE;
  state.next(current);
  return {
    state$: state.observable$,
    get current() {
      return current;
    },
    set(next) {
      if (
        next.status === current.status &&
        next.attempt === current.attempt &&
        next.closeCode === current.closeCode &&
        next.reason === current.reason &&
        next.nextRetryAt === current.nextRetryAt &&
        next.error === current.error
      ) {
        return;
      }
      current = Object.isFrozen(next) ? next : Object.freeze(next);
      state.next(current);
    },
  };
}
