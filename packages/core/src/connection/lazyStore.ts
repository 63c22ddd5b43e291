/**
 * `connection.store` before its code is loaded: a small shell with the store adapter's contract.
 * `getSnapshot()` / `getServerSnapshot()` return the connection's idle snapshot until the store
 * module has loaded; the first `subscribe()` or `getSnapshot()` loads it (`import()`, once), and
 * the shell then hands every listener
 * still registered to the real store, which holds the session from then on (so nothing is lost:
 * nothing flowed before), and notifies them once if the snapshot moved past the idle one. An app
 * that never reads the store never downloads it (the snapshot store, its batching, the wiring).
 */
import type { LiveSnapshot, LiveStore } from '../types.js';

/** A store that loads `load()` (once) on its first `subscribe()` and delegates to it from then on. */
export function createLazyStore(idle: LiveSnapshot, load: () => Promise<LiveStore>): LiveStore {
  let real: LiveStore | undefined;
  let loading = false;
  /** Listeners registered before the real store loaded, each with its detach once attached. */
  const waiting = new Set<{ readonly listener: () => void; detach?: () => void }>();

  const start = (): void => {
    loading = true;
    load().then(
      (store) => {
        real = store;
        const attached = [...waiting];
        waiting.clear();
        for (const entry of attached) entry.detach = store.subscribe(entry.listener);
        if (store.getSnapshot() !== idle) for (const entry of attached) if (entry.detach !== undefined) entry.listener();
      },
      // The chunk did not load (offline, a deploy replaced it): the snapshot stays idle and the
      // next first subscriber tries again.
      () => {
        loading = false;
      },
    );
  };

  return {
    subscribe(listener) {
      if (real !== undefined) return real.subscribe(listener);
      const entry: { readonly listener: () => void; detach?: () => void } = { listener };
      waiting.add(entry);
      if (!loading) start();
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        waiting.delete(entry);
        entry.detach?.();
        entry.detach = undefined;
      };
    },
    getSnapshot() {
      if (real !== undefined) return real.getSnapshot();
      // Reading starts the load too (no hold on the session): later reads are current.
      if (!loading) start();
      return idle;
    },
    getServerSnapshot() {
      return idle;
    },
  };
}
