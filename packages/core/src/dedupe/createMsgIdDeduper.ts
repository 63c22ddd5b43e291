/**
 * The connection's built-in de-duplication: the same bounded window as the
 * public `dedupeByMsgId` operator (`createMsgIdWindow`), asked synchronously by
 * the frame router once per consumed TikTok item.
 */
import { createMsgIdWindow, defaultMsgId, type MsgIdWindow } from './msgIdWindow.js';

/** A bounded msgId window the frame router asks once per TikTok item. */
export interface MsgIdDeduper {
  /** True when `data.common.msgId` was seen among the last `windowSize` ids (the id is remembered otherwise). Items without an id are never duplicates. */
  isDuplicate(data: object): boolean;
  /** Forgets every id. */
  dispose(): void;
}

/**
 * Creates a deduper remembering at most `windowSize` distinct ids (FIFO): one
 * O(1) window lookup (plus an insert for a new id) per item.
 *
 * @example
 * ```ts
 * const deduper = createMsgIdDeduper(2000);
 * createFrameRouter({ ...targets, isDuplicate: deduper.isDuplicate }, createSink);
 * ```
 */
export function createMsgIdDeduper(windowSize: number): MsgIdDeduper {
  // Created at the first consumed item: an idle connection keeps no tables.
  let window: MsgIdWindow | undefined;
  return {
    isDuplicate(data) {
      const id = defaultMsgId(data);
      return id !== undefined && (window ??= createMsgIdWindow(windowSize)).seen(id);
    },
    dispose() {
      window?.clear();
    },
  };
}
