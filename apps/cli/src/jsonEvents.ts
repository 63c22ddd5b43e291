import type { LiveSource, LiveState } from '@tiktok-live-rx/core';
import { finalizeGiftStreaks } from '@tiktok-live-rx/core/operators';
import { catchError, EMPTY, filter, map, merge, type Observable } from 'rxjs';
import { GIFT_FINAL, STATE, wantsType, type TypeFilter } from './eventTypes.js';

/** One NDJSON line of `--json`. */
export interface JsonEvent {
  /** When the CLI saw it, epoch ms. */
  t: number;
  /** The creator. */
  uniqueId: string;
  /** The wire type (`WebcastChatMessage`, `roomInfo`, …), or `giftFinal` / `state`. */
  type: string;
  /** The normalised payload (a `FinalGift` for `giftFinal`, a `LiveState` for `state`). */
  data: unknown;
}

/**
 * Every creator's events as NDJSON records, filtered by `--types`: each item of
 * `events$` (normalised, de-duplicated), plus, when asked for, one `giftFinal`
 * per streak (`gift$` through `finalizeGiftStreaks`) and each `state` change.
 * A creator that fails stops contributing (its error shows on stderr via the state).
 */
export function jsonEvents(source: LiveSource, uniqueIds: readonly string[], types: TypeFilter, now: () => number = Date.now): Observable<JsonEvent> {
  return merge(
    ...uniqueIds.map((uniqueId) => {
      const live = source.live(uniqueId);
      const record = (type: string, data: unknown): JsonEvent => ({ t: now(), uniqueId, type, data });
      const streams: Observable<JsonEvent>[] = [
        live.events$.pipe(
          map((event) => record(event.type === 'unknown' ? event.wireType : event.type, event.data)),
          filter((event) => wantsType(types, event.type)),
        ),
      ];
      if (wantsType(types, GIFT_FINAL)) streams.push(live.gift$.pipe(finalizeGiftStreaks({ timeoutMs: 10_000 }), map((gift) => record(GIFT_FINAL, gift))));
      if (wantsType(types, STATE)) streams.push(live.state$.pipe(map((state) => record(STATE, plainState(state)))));
      return merge(...streams).pipe(catchError(() => EMPTY));
    }),
  );
}

/** A state with its error as a message (Error objects serialise to `{}`). */
function plainState(state: LiveState): object {
  return { ...state, error: state.error ? { name: state.error.name, code: state.error.code, message: state.error.message } : undefined };
}
