/**
 * Several creators at once: merged, tagged views over connections the client
 * registry already owns (so sockets stay shared and ref-counted with
 * `client.live(id)` users).
 */
import { EMPTY, Observable, ReplaySubject, catchError, map, merge, of, share } from 'rxjs';
import type { LiveConnection, LiveMany, LiveState, TaggedItem, TaggedLiveEvent } from './types.js';

/**
 * Builds the {@link LiveMany} view over `connections` (already normalised and
 * de-duplicated, in order). Nothing subscribes until a stream is subscribed.
 *
 * @example
 * ```ts
 * const many = client.liveMany(['creator_a', '@creator_b']);
 * many.chat$.subscribe(({ uniqueId, data }) => console.log(`[${uniqueId}] ${data.user?.nickname}: ${data.content}`));
 * many.states$.subscribe((states) => console.log(Object.entries(states).map(([id, s]) => `${id}:${s.status}`).join(' ')));
 * ```
 */
export function createLiveMany(connections: readonly LiveConnection[]): LiveMany {
  const list = Object.freeze([...connections]);
  const uniqueIds = Object.freeze(list.map((c) => c.uniqueId));

  /** Merges one stream of every connection, tagged; a connection that fails drops out (its state$ says why). */
  const mergeTagged = <T, R>(pick: (c: LiveConnection) => Observable<T>, tag: (uniqueId: string, value: T) => R): Observable<R> =>
    merge(
      ...list.map((c) =>
        pick(c).pipe(
          map((value) => tag(c.uniqueId, value)),
          catchError(() => EMPTY),
        ),
      ),
    ).pipe(share());

  const tagAs =
    <K extends string>(type: K) =>
    <T>(uniqueId: string, data: T): TaggedItem<K, T> => ({ uniqueId, type, data });

  const states$: Observable<Readonly<Record<string, LiveState>>> =
    list.length === 0
      ? of(Object.freeze({}))
      : latestOfEach(list.map((c) => c.state$)).pipe(
          map((states) => {
            const byId: Record<string, LiveState> = {};
            for (let i = 0; i < states.length; i++) byId[uniqueIds[i]!] = states[i]!;
            return Object.freeze(byId);
          }),
          share({ connector: () => new ReplaySubject<Readonly<Record<string, LiveState>>>(1), resetOnRefCountZero: true }),
        );

  return {
    uniqueIds,
    connections: list,
    events$: mergeTagged((c) => c.events$, (uniqueId, event): TaggedLiveEvent => ({ ...event, uniqueId })),
    chat$: mergeTagged((c) => c.chat$, tagAs('WebcastChatMessage')),
    gift$: mergeTagged((c) => c.gift$, tagAs('WebcastGiftMessage')),
    giftFinal$: mergeTagged((c) => c.giftFinal$, tagAs('giftFinal')),
    states$,
  };
}

/**
 * rxjs `combineLatest` over an array, without its variadic and dictionary forms (which a
 * bundle would carry otherwise): the latest value of each source, once every source has
 * emitted; errors with the first error; completes when all complete, or when one completes
 * without ever emitting.
 */
function latestOfEach<T>(sources: readonly Observable<T>[]): Observable<readonly T[]> {
  return new Observable<readonly T[]>((subscriber) => {
    const latest: T[] = new Array<T>(sources.length);
    const seen: boolean[] = sources.map(() => false);
    let waiting = sources.length;
    let active = sources.length;
    sources.forEach((source, i) => {
      subscriber.add(
        source.subscribe({
          next: (value) => {
            if (!seen[i]) {
              seen[i] = true;
              waiting--;
            }
            latest[i] = value;
            if (waiting === 0) subscriber.next(latest.slice());
          },
          error: (error: unknown) => subscriber.error(error),
          complete: () => {
            if (--active === 0 || !seen[i]) subscriber.complete();
          },
        }),
      );
    });
  });
}
