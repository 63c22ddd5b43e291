/**
 * The bounded "seen before?" memory behind `dedupeByMsgId` and the connection's
 * built-in de-duplication: a Set for O(1) lookups plus a ring holding the same
 * ids in arrival order, so the oldest is evicted without allocating.
 */

/** A FIFO window of recently seen message ids. */
export interface MsgIdWindow {
  /** True when `id` is among the remembered ids; otherwise remembers it (evicting the oldest when full) and returns false. */
  seen(id: string | number): boolean;
  /** Forgets every id. */
  clear(): void;
}

/** Creates a window remembering at most `size` distinct ids (`size` ≥ 1). */
export function createMsgIdWindow(size: number): MsgIdWindow {
  const ids = new Set<string | number>();
  const ring: Array<string | number> = [];
  let oldest = 0;
  return {
    seen(id) {
      if (ids.has(id)) return true;
      ids.add(id);
      if (ring.length < size) {
        ring.push(id);
      } else {
        ids.delete(ring[oldest] as string | number);
        ring[oldest] = id;
        oldest = oldest + 1 === size ? 0 : oldest + 1;
      }
      return false;
    },
    clear() {
      ids.clear();
      ring.length = 0;
      oldest = 0;
    },
  };
}

interface WithCommon {
  common?: { msgId?: unknown } | null;
  data?: { common?: { msgId?: unknown } | null } | null;
}

/**
 * The TikTok message id of a payload (`common.msgId`) or of a `{ type, data }`
 * event (`data.common.msgId`); `undefined` when absent, empty or `'0'`.
 */
export function defaultMsgId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { common, data } = item as WithCommon;
  const msgId = common != null ? common.msgId : data != null && typeof data === 'object' ? data.common?.msgId : undefined;
  if (typeof msgId === 'string') return msgId === '0' || msgId === '' ? undefined : msgId;
  if (typeof msgId === 'number' && msgId !== 0) return String(msgId);
  return undefined;
}
