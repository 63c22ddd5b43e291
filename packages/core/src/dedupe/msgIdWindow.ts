/**
 * The bounded "seen before?" memory behind `dedupeByMsgId` and the connection's
 * built-in de-duplication. TikTok msgIds are uint64 decimal strings: an id of
 * 1–20 ASCII digits is parsed into two exact numbers and kept in an
 * open-addressing hash table on typed arrays (no string hashing, no retained
 * strings, nothing for the GC to trace); any other id (numbers, other strings)
 * goes to a Set. One ring holds every remembered id in arrival order, so the
 * oldest is evicted first whichever path it took. Tables grow with use, up to
 * what `size` ids need.
 */

/** A FIFO window of recently seen message ids. */
export interface MsgIdWindow {
  /** True when `id` is among the remembered ids; otherwise remembers it (evicting the oldest when full) and returns false. */
  seen(id: string | number): boolean;
  /** Forgets every id. */
  clear(): void;
}

/** Ring entry of an id kept in the fallback Set (not in the digit table). */
const OTHER = -1;
/** Marks an empty digit-table slot (in `slotPos`). */
const EMPTY = -1;
const INITIAL_CAPACITY = 64;

/** Creates a window remembering at most `size` distinct ids (`size` ≥ 1). */
export function createMsgIdWindow(size: number): MsgIdWindow {
  // Digit table: key (hi, lo), where hi = leading digits × 32 + digit count
  // (so "007" ≠ "7") and lo = the last ≤ 10 digits; both < 2^53, exact.
  let capacity = INITIAL_CAPACITY;
  let mask = capacity - 1;
  let keyHi = new Float64Array(capacity);
  let keyLo = new Float64Array(capacity);
  /** Ring position of the id in each slot, or EMPTY. */
  let slotPos = new Int32Array(capacity).fill(EMPTY);
  let digitCount = 0;

  // Ring of remembered ids in arrival order: a table slot, or OTHER (the id is in `others`).
  let ring = new Int32Array(Math.min(size, INITIAL_CAPACITY));
  let others: Array<string | number | undefined> | undefined;
  const otherIds = new Set<string | number>();
  let count = 0;
  let oldest = 0;

  const home = (hi: number, lo: number): number => {
    let h = Math.imul((lo | 0) ^ Math.imul(hi | 0, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    return h & mask;
  };

  /** Empty slot `hole`, shifting later entries of its cluster back (no tombstones). */
  const removeSlot = (hole: number): void => {
    slotPos[hole] = EMPTY;
    let i = hole;
    for (;;) {
      i = (i + 1) & mask;
      const pos = slotPos[i] as number;
      if (pos === EMPTY) return;
      const hi = keyHi[i] as number;
      const lo = keyLo[i] as number;
      // Move the entry back unless its home lies cyclically in (hole, i].
      if (((i - home(hi, lo)) & mask) >= ((i - hole) & mask)) {
        keyHi[hole] = hi;
        keyLo[hole] = lo;
        slotPos[hole] = pos;
        ring[pos] = hole;
        slotPos[i] = EMPTY;
        hole = i;
      }
    }
  };

  const insertSlot = (hi: number, lo: number, pos: number): void => {
    let h = home(hi, lo);
    while (slotPos[h] !== EMPTY) h = (h + 1) & mask;
    keyHi[h] = hi;
    keyLo[h] = lo;
    slotPos[h] = pos;
    ring[pos] = h;
  };

  const growTable = (): void => {
    const oldHi = keyHi;
    const oldLo = keyLo;
    const oldPos = slotPos;
    capacity *= 2;
    mask = capacity - 1;
    keyHi = new Float64Array(capacity);
    keyLo = new Float64Array(capacity);
    slotPos = new Int32Array(capacity).fill(EMPTY);
    for (let s = 0; s < oldPos.length; s++) {
      const pos = oldPos[s] as number;
      if (pos !== EMPTY) insertSlot(oldHi[s] as number, oldLo[s] as number, pos);
    }
  };

  /** A ring position for a new id, evicting the oldest id when the window is full. */
  const claimPosition = (): number => {
    if (count < size) {
      if (count === ring.length) {
        const grown = new Int32Array(Math.min(size, ring.length * 2));
        grown.set(ring);
        ring = grown;
      }
      return count++;
    }
    const pos = oldest;
    oldest = oldest + 1 === size ? 0 : oldest + 1;
    const slot = ring[pos] as number;
    if (slot === OTHER) {
      otherIds.delete((others as Array<string | number | undefined>)[pos] as string | number);
      (others as Array<string | number | undefined>)[pos] = undefined;
    } else {
      removeSlot(slot);
      digitCount--;
    }
    return pos;
  };

  const seenOther = (id: string | number): boolean => {
    if (otherIds.has(id)) return true;
    otherIds.add(id);
    const pos = claimPosition();
    ring[pos] = OTHER;
    (others ??= [])[pos] = id;
    return false;
  };

  return {
    seen(id) {
      if (typeof id !== 'string') return seenOther(id);
      const length = id.length;
      if (length === 0 || length > 20) return seenOther(id);
      const split = length - 10;
      let hi = 0;
      let lo = 0;
      for (let i = 0; i < length; i++) {
        const digit = id.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return seenOther(id);
        if (i < split) hi = hi * 10 + digit;
        else lo = lo * 10 + digit;
      }
      hi = hi * 32 + length;
      let h = home(hi, lo);
      while (slotPos[h] !== EMPTY) {
        if (keyLo[h] === lo && keyHi[h] === hi) return true;
        h = (h + 1) & mask;
      }
      const pos = claimPosition();
      if ((digitCount + 1) * 2 > capacity) growTable();
      digitCount++;
      insertSlot(hi, lo, pos);
      return false;
    },
    clear() {
      slotPos.fill(EMPTY);
      digitCount = 0;
      otherIds.clear();
      others = undefined;
      count = 0;
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
