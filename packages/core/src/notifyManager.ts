/**
 * One place that decides *when* UI-facing notifications run: the store's snapshot listeners
 * and the bindings' event lists (`useLiveEvents`) queue their flushes here, and all of them
 * run together in one callback. In a browser that callback is the next animation frame, so a
 * component renders at most once per frame however fast frames arrive, and a snapshot change
 * and a list change made in the same frame reach the framework together (one React commit,
 * one Vue update). Where there is no frame (Node, SSR, workers) it is a microtask: prompt.
 *
 * Modelled on TanStack Query's `notifyManager` (`setScheduler`).
 */
import { isServer } from './environment.js';

/** Runs `flush` later, once: the way {@link NotifyManager} defers a batch of notifications. */
export type NotifyScheduler = (flush: () => void) => void;

/** The batcher behind store and event-list notifications. */
export interface NotifyManager {
  /** Queues `callback` for the next batch (a callback queued twice runs twice). */
  schedule(callback: () => void): void;
  /**
   * Replaces how a batch is deferred, e.g. `queueMicrotask` for per-microtask delivery in a
   * browser too, or a test scheduler. `undefined` restores {@link defaultNotifyScheduler}.
   * Callbacks already queued run with the scheduler that was current when they were queued.
   */
  setScheduler(scheduler: NotifyScheduler | undefined): void;
}

/**
 * The default: the next animation frame in a browser window (`requestAnimationFrame`), a
 * microtask elsewhere (Node, server rendering, workers, `setIsServer(true)`).
 */
export const defaultNotifyScheduler: NotifyScheduler = (flush) => {
  if (!isServer() && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => flush());
  else queueMicrotask(flush);
};

/**
 * Creates a batcher. The library uses the shared {@link notifyManager}; a separate one is
 * only useful in tests.
 *
 * @example
 * const manager = createNotifyManager();
 * manager.setScheduler((flush) => setTimeout(flush, 0));
 */
export function createNotifyManager(): NotifyManager {
  let scheduler: NotifyScheduler = defaultNotifyScheduler;
  let queue: Array<() => void> = [];

  const flush = (): void => {
    const batch = queue;
    queue = [];
    for (const callback of batch) {
      // One failing listener must not starve the others of their notification.
      try {
        callback();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  return {
    schedule(callback) {
      queue.push(callback);
      if (queue.length === 1) scheduler(flush);
    },
    setScheduler(next) {
      scheduler = next ?? defaultNotifyScheduler;
    },
  };
}

/**
 * The shared batcher used by every store and by the bindings' event lists.
 *
 * @example
 * // Deliver snapshot notifications per microtask instead of per animation frame:
 * notifyManager.setScheduler(queueMicrotask);
 */
export const notifyManager: NotifyManager = createNotifyManager();
