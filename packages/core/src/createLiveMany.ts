/**
 * Several creators at once: merged, tagged views over connections the client
 * registry already owns (so sockets stay shared and ref-counted with
 * `client.live(id)` users).
 */
import { EMPTY, Observable, ReplaySubject, catchError, combineLatest, map, merge, of, share } from 'rxjs';
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
      : combineLatest(list.map((c) => c.state$)).pipe(
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
