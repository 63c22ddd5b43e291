/**
 * Operators from modules that load on first use (`import()`), so bundles put them in lazy
 * chunks. The source is subscribed at once and its notifications are buffered while the module
 * loads, so a subscriber misses nothing that arrived in between; once loaded, the module is
 * used synchronously.
 */
import { Observable, type OperatorFunction, type Subscriber } from 'rxjs';

/** A module loaded once, on first use. */
export interface LazyModule<M> {
  /** The module, if loaded. */
  readonly loaded: M | undefined;
  /** Loads it (once). */
  load(): Promise<M>;
}

/** Wraps a dynamic import. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importer().then((module) => (loaded = module));
      return loading;
    },
  };
}

type Notification<T> = { kind: 'N'; value: T } | { kind: 'E'; error: unknown } | { kind: 'C' };

/** `source.pipe(build(module))`, with the module loaded on first use and the source buffered meanwhile. */
export function throughLazyOperator<M, T, R>(module: LazyModule<M>, build: (module: M) => OperatorFunction<T, R>): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((subscriber) => {
      const ready = module.loaded;
      if (ready !== undefined) return build(ready)(source).subscribe(subscriber);
      const pending: Notification<T>[] = [];
      /** The loaded operator's input, once it subscribed and caught up. */
      let input: Subscriber<T> | undefined;
      const deliver = (to: Subscriber<T>, notification: Notification<T>): void => {
        if (notification.kind === 'N') to.next(notification.value);
        else if (notification.kind === 'E') to.error(notification.error);
        else to.complete();
      };
      const upstream = source.subscribe({
        next: (value) => (input ? input.next(value) : pending.push({ kind: 'N', value })),
        error: (error: unknown) => (input ? input.error(error) : pending.push({ kind: 'E', error })),
        complete: () => (input ? input.complete() : pending.push({ kind: 'C' })),
      });
      module.load().then(
        (loaded) => {
          if (subscriber.closed) return;
          const buffered = new Observable<T>((to) => {
            while (pending.length > 0) deliver(to, pending.shift()!);
            input = to;
          });
          subscriber.add(build(loaded)(buffered).subscribe(subscriber));
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => upstream.unsubscribe();
    });
}
