/**
 * Operators from modules that load on first use (`import()`, see `loadOnFirstUse`). The source
 * is subscribed at once and its notifications are kept while the module loads, so a subscriber
 * misses nothing that arrived in between; once loaded, the operator runs synchronously.
 */
import { Observable, type OperatorFunction } from 'rxjs';
import type { LazyModule } from './loadOnFirstUse.js';
import { recordSource } from './recordSource.js';

/** `source.pipe(build(module))`, with the module loaded on first use and the source buffered meanwhile. */
export function throughLazyOperator<M, T, R>(module: LazyModule<M>, build: (module: M) => OperatorFunction<T, R>): OperatorFunction<T, R> {
  return (source) =>
    new Observable<R>((subscriber) => {
      const ready = module.loaded;
      if (ready !== undefined) return build(ready)(source).subscribe(subscriber);
      const recording = recordSource(source);
      module.load().then(
        (loaded) => {
          if (subscriber.closed) return;
          subscriber.add(build(loaded)(new Observable<T>((to) => recording.handTo(to))).subscribe(subscriber));
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => recording.stop();
    });
}
