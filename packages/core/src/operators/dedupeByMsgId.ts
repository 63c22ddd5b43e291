import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { DEFAULT_LIVE_CLIENT_OPTIONS } from '../defaults.js';
import { FUNCTION, check, configObject, integerOption } from '../validation/optionChecks.js';
import { createMsgIdWindow, defaultMsgId } from '../dedupe/msgIdWindow.js';

/** Options for {@link dedupeByMsgId}. Every field is optional. */
export interface DedupeByMsgIdConfig<T> {
  /**
   * How many distinct ids are remembered. When a new id would exceed it, the
   * oldest remembered id is forgotten (FIFO), so memory stays bounded.
   * @default 2_000
   */
  windowSize?: number;
  /**
   * Picks the id of an item. Return `undefined`, `null` or `''` for "no id": such
   * items always pass.
   * @default the TikTok message id: `item.common.msgId`, or `item.data.common.msgId`
   * for `{ type, data }` events; `'0'` counts as no id.
   */
  key?: (item: T) => string | number | null | undefined;
}

/** Default number of remembered ids (the client's `dedupe.window`). */
const DEFAULT_WINDOW_SIZE = DEFAULT_LIVE_CLIENT_OPTIONS.dedupe.window;

/**
 * Drops an item whose message id was already seen among the last `windowSize`
 * distinct ids (TikTok sometimes delivers a message twice, and a reconnect can
 * replay recent ones). Items without an id always pass. O(1) per item; memory is
 * bounded by `windowSize` ids per subscription.
 *
 * Works on payloads (`chat$`, `gift$`, … items have `common.msgId`) and on
 * `{ type, data }` events (`data.common.msgId`).
 *
 * @param config Options, or the window size as a shorthand.
 * @example
 * ```ts
 * connection.chat$.pipe(dedupeByMsgId()).subscribe(showChatLine);
 * connection.events$.pipe(dedupeByMsgId({ windowSize: 10_000 }));
 * ```
 */
export function dedupeByMsgId<T>(config?: number | DedupeByMsgIdConfig<T>): MonoTypeOperatorFunction<T> {
  const options =
    typeof config === 'number'
      ? { windowSize: config }
      : configObject<DedupeByMsgIdConfig<T>>('dedupeByMsgId', config, 'a window size or a config object');
  const windowSize = integerOption('dedupeByMsgId', 'windowSize', options?.windowSize, DEFAULT_WINDOW_SIZE);
  const keyOf = check<DedupeByMsgIdConfig<T>['key']>('dedupeByMsgId', 'key', options?.key, [FUNCTION[0], 'a function (item) => id'], undefined, 'Omit it to use common.msgId.');

  return (source) =>
    new Observable<T>((subscriber) => {
      const window = createMsgIdWindow(windowSize);
      subscriber.add(() => window.clear());
      subscriber.add(
        source.subscribe({
          next(item) {
            let id: string | number | null | undefined;
            try {
              id = keyOf ? keyOf(item) : defaultMsgId(item);
            } catch (error) {
              subscriber.error(error);
              return;
            }
            if (id === undefined || id === null || id === '') {
              subscriber.next(item);
              return;
            }
            if (window.seen(id)) return;
            subscriber.next(item);
          },
          error(error: unknown) {
            subscriber.error(error);
          },
          complete() {
            subscriber.complete();
          },
        }),
      );
    });
}
