/**
 * Operators from modules that load on first use (`import()`), so bundles put them in lazy
 * chunks. The source is subscribed at once and its notifications are buffered while the module
 * loads, so a subscriber misses nothing that arrived in between; once loaded, the module is
 * used synchronously.
 */
import { Observable, Subject, type OperatorFunction } from 'rxjs';

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

/** `source.pipe(build(module))`, with the module loaded on first use and the source buffered meanwhile. */
export function throughLazyOperator<M, T, R>(module: LazyModule<M>, build: (module: M) => OperatorFunction<T, R>): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((subscriber) => {
      const ready = module.loaded;
      if (ready !== undefined) return source.pipe(build(ready)).subscribe(subscriber);
      const input = new Subject<T>();
      const pending: Array<{ kind: 'N'; value: T } | { kind: 'E'; error: unknown } | { kind: 'C' }> = [];
      let forward = false;
      const upstream = source.subscribe({
        next: (value) => (forward ? input.next(value) : pending.push({ kind: 'N', value })),
        error: (error: unknown) => (forward ? input.error(error) : pending.push({ kind: 'E', error })),
        complete: () => (forward ? input.complete() : pending.push({ kind: 'C' })),
      });
      module.load().then(
        (loaded) => {
          if (subscriber.closed) return;
          subscriber.add(input.pipe(build(loaded)).subscribe(subscriber));
          forward = true;
          for (const notification of pending.splice(0)) {
            if (notification.kind === 'N') input.next(notification.value);
            else if (notification.kind === 'E') input.error(notification.error);
            else input.complete();
          }
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => upstream.unsubscribe();
    });
}
