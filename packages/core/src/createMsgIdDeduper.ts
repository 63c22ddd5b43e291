/**
 * The connection's built-in de-duplication: a synchronous "seen before?" check
 * driven by the public `dedupeByMsgId` operator, so the window logic exists once.
 */
import { Observable } from 'rxjs';
import { dedupeByMsgId } from './operators/dedupeByMsgId.js';

/** A bounded msgId window the frame router asks once per TikTok item. */
export interface MsgIdDeduper {
  /** True when `data.common.msgId` was seen among the last `windowSize` ids (the id is remembered otherwise). Items without an id are never duplicates. */
  isDuplicate(data: object): boolean;
  /** Forgets every id. */
  dispose(): void;
}

/**
 * Creates a deduper remembering at most `windowSize` distinct ids (FIFO). Cost per
 * item: one Set lookup (plus an insert for a new id) inside `dedupeByMsgId`.
 *
 * @example
 * ```ts
 * const deduper = createMsgIdDeduper(2000);
 * createFrameRouter({ ...targets, isDuplicate: deduper.isDuplicate }, createSink);
 * ```
 */
export function createMsgIdDeduper(windowSize: number): MsgIdDeduper {
  let push: ((data: object) => void) | undefined;
  let passed = false;
  // A synchronous source feeding the operator: each push runs the operator's
  // `next` to completion, so `passed` tells whether the item came out.
  const subscription = new Observable<object>((subscriber) => {
    push = (data) => subscriber.next(data);
  })
    .pipe(dedupeByMsgId<object>({ windowSize }))
    .subscribe(() => {
      passed = true;
    });
  return {
    isDuplicate(data) {
      if (push === undefined) return false;
      passed = false;
      push(data);
      return !passed;
    },
    dispose() {
      push = undefined;
      subscription.unsubscribe();
    },
  };
}
