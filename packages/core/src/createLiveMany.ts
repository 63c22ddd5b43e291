/**
 * Several creators at once: merged, tagged views over connections the client
 * registry already owns (so sockets stay shared and ref-counted with
 * `client.live(id)` users).
 */
import { Observable } from 'rxjs';
import { sharedStream } from './connection/sharedStream.js';
import type { LiveConnection, LiveMany, LiveState, TaggedItem, TaggedLiveEvent } from './types.js';

/**
 * Builds the {@link LiveMany} view over `connections` (already normalised and
 * de-duplicated, in order; at least one: `lazyLiveMany` answers for none). Nothing
 * subscribes until a stream is subscribed. Loaded on first use (`lazyLiveMany`).
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
    sharedStream(
      new Observable<R>((subscriber) => {
        let active = list.length;
        const drop = (): void => {
          if (--active === 0) subscriber.complete();
        };
        const subscriptions = list.map((c) => pick(c).subscribe({ next: (value) => subscriber.next(tag(c.uniqueId, value)), error: drop, complete: drop }));
        return () => {
          for (const subscription of subscriptions) subscription.unsubscribe();
        };
      }),
    );

  const tagAs =
    <K extends string>(type: K) =>
    <T>(uniqueId: string, data: T): TaggedItem<K, T> => ({ uniqueId, type, data });

  const states$: Observable<Readonly<Record<string, LiveState>>> = sharedStream(statesOf(list), { replay: true });

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
 * Every connection's latest state by handle, once every connection reported one (what rxjs
 * `combineLatest` plus a `map` would give): errors with the first error; completes when all
 * complete, or when one completes without ever reporting.
 */
function statesOf(list: readonly LiveConnection[]): Observable<Readonly<Record<string, LiveState>>> {
  return new Observable((subscriber) => {
    const latest: (LiveState | undefined)[] = list.map(() => undefined);
    let waiting = list.length;
    let active = list.length;
    list.forEach((connection, i) => {
      subscriber.add(
        connection.state$.subscribe({
          next: (state) => {
            if (latest[i] === undefined) waiting--;
            latest[i] = state;
            if (waiting > 0) return;
            const byId: Record<string, LiveState> = {};
            for (let j = 0; j < list.length; j++) byId[list[j]!.uniqueId] = latest[j]!;
            subscriber.next(Object.freeze(byId));
          },
          error: (error: unknown) => subscriber.error(error),
          complete: () => {
            if (--active === 0 || latest[i] === undefined) subscriber.complete();
          },
        }),
      );
    });
  });
}
