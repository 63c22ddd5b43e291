/**
 * The object `client.liveMany(ids)` returns: the handles and the connections at once; the code
 * of the merged streams (`createLiveMany`) loads on their first subscription (`import()`), so an
 * app that never merges creators does not load it. Once loaded, subscribing is synchronous.
 */
import { Observable, type Subscription } from 'rxjs';
import type { LiveConnection, LiveMany } from '../types.js';
import { lazyModule } from './loadOnFirstUse.js';

const manyModule = lazyModule(() => import('../createLiveMany.js'));

/** The {@link LiveMany} over `connections` (normalised, de-duplicated, in order). */
export function lazyLiveMany(connections: readonly LiveConnection[]): LiveMany {
  const list = Object.freeze([...connections]);
  const uniqueIds = Object.freeze(list.map((c) => c.uniqueId));
  if (list.length === 0) {
    // Nothing to merge: no states but the empty record, streams that complete at once.
    const none = new Observable<never>((subscriber) => subscriber.complete());
    const states$ = new Observable<Readonly<Record<string, never>>>((subscriber) => {
      subscriber.next(Object.freeze({}));
      subscriber.complete();
    });
    return { uniqueIds, connections: list, events$: none, chat$: none, gift$: none, giftFinal$: none, states$ };
  }
  let many: LiveMany | undefined;
  const later = <T>(pick: (many: LiveMany) => Observable<T>): Observable<T> =>
    new Observable<T>((subscriber) => {
      const ready = manyModule.loaded;
      if (ready !== undefined) return pick((many ??= ready.createLiveMany(list))).subscribe(subscriber);
      let inner: Subscription | undefined;
      manyModule.load().then(
        (loaded) => {
          if (!subscriber.closed) inner = pick((many ??= loaded.createLiveMany(list))).subscribe(subscriber);
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => inner?.unsubscribe();
    });
  return {
    uniqueIds,
    connections: list,
    events$: later((m) => m.events$),
    chat$: later((m) => m.chat$),
    gift$: later((m) => m.gift$),
    giftFinal$: later((m) => m.giftFinal$),
    states$: later((m) => m.states$),
  };
}
