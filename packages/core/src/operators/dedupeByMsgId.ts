import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { configObject, integerOption } from './configChecks.js';

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

/** Default number of remembered ids. */
const DEFAULT_WINDOW_SIZE = 2_000;

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
  const keyOf = options?.key;
  if (keyOf !== undefined && typeof keyOf !== 'function') {
    throw new TypeError('dedupeByMsgId: `key` must be a function `(item) => id`; omit it to use `common.msgId`.');
  }

  return (source) =>
    new Observable<T>((subscriber) => {
      // `seen` answers "was it seen?"; `ring` holds the same ids in arrival order so
      // the oldest one is found without allocating an iterator.
      const seen = new Set<string | number>();
      const ring: Array<string | number> = [];
      let oldest = 0;
      subscriber.add(() => {
        seen.clear();
        ring.length = 0;
      });
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
            if (seen.has(id)) return;
            seen.add(id);
            if (ring.length < windowSize) {
              ring.push(id);
            } else {
              seen.delete(ring[oldest] as string | number);
              ring[oldest] = id;
              oldest = oldest + 1 === windowSize ? 0 : oldest + 1;
            }
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

interface WithCommon {
  common?: { msgId?: unknown } | null;
  data?: { common?: { msgId?: unknown } | null } | null;
}

function defaultMsgId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { common, data } = item as WithCommon;
  const msgId = common != null ? common.msgId : data != null && typeof data === 'object' ? data.common?.msgId : undefined;
  if (typeof msgId === 'string') return msgId === '0' ? undefined : msgId;
  if (typeof msgId === 'number' && msgId !== 0) return String(msgId);
  return undefined;
}
