/**
 * `totals$`' pipeline, loaded on its first subscription (`import()`, with `sessionTotalsCore`): the
 * session's tagged items through `sessionTotals`, started afresh at each new stream. Its input
 * carries the new-stream marker the connection passes in, so the connection keeps only the
 * input and the sharing.
 */
import { Observable, type OperatorFunction, type Subscription } from 'rxjs';
import { createMulticast, type Multicast } from '../multicast.js';
import type { LiveEventLike, SessionTotals } from '../operators/sessionTotals.js';
import { sessionTotalsCore } from '../operators/sessionTotalsCore.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';

/**
 * One session's totals: a `sessionTotals` run (emitting its starting snapshot at once) that
 * starts over at each `restart` item. `takeInitial()` says whether a run may start from the
 * configured `initial` totals (only the connection's first run does).
 */
export function totalsOfSession(
  config: ResolvedLiveClientOptions['totals'],
  restart: LiveEventLike,
  takeInitial: () => boolean,
): OperatorFunction<LiveEventLike, SessionTotals> {
  const { initial, ...rest } = config;
  return (source) =>
    new Observable<SessionTotals>((subscriber) => {
      let input: Multicast<LiveEventLike> | undefined;
      let run: Subscription | undefined;
      const start = (): void => {
        run?.unsubscribe();
        input = createMulticast<LiveEventLike>();
        const useInitial = takeInitial() && initial !== undefined;
        run = sessionTotalsCore({ ...rest, ...(useInitial ? { initial } : {}), emitInitial: true })(input.observable$).subscribe({
          next: (totals) => subscriber.next(totals),
          error: (error: unknown) => subscriber.error(error),
          // Only when the input completes: the session ended (its final totals flushed first).
          complete: () => subscriber.complete(),
        });
      };
      start();
      const upstream = source.subscribe({
        next: (item) => (item === restart ? start() : input!.next(item)),
        error: (error: unknown) => subscriber.error(error),
        complete: () => input!.complete(),
      });
      return () => {
        upstream.unsubscribe();
        run?.unsubscribe();
      };
    });
}
