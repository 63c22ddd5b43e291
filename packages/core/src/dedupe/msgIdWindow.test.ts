import { describe, expect, it } from 'vitest';
import { createMsgIdWindow, defaultMsgId } from './msgIdWindow.js';

describe('createMsgIdWindow', () => {
  it('remembers ids and evicts the oldest first once full', () => {
    const window = createMsgIdWindow(2);
    expect(['a', 'b', 'a', 'c', 'a', 'b', 'c'].map((id) => window.seen(id))).toEqual([
      false, // a remembered
      false, // b remembered
      true, // a seen
      false, // c evicts a
      false, // a is new again, evicts b
      false, // b is new again, evicts c
      false, // c is new again
    ]);
  });

  it('forgets everything on clear', () => {
    const window = createMsgIdWindow(3);
    window.seen(1);
    window.clear();
    expect(window.seen(1)).toBe(false);
    expect(window.seen(1)).toBe(true);
  });
});

/** Deterministic PRNG (mulberry32) so a failing sequence can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The obviously correct model: an array of the last `size` distinct ids, oldest first. */
function createReferenceWindow(size: number): { seen(id: string | number): boolean; clear(): void } {
  let ids: Array<string | number> = [];
  return {
    seen(id) {
      if (ids.includes(id)) return true;
      ids.push(id);
      if (ids.length > size) ids.shift();
      return false;
    },
    clear() {
      ids = [];
    },
  };
}

const U64_MAX = 18446744073709551615n;

/** Ids of every kind the window distinguishes, with many repeats and near-misses. */
function createIdSource(random: () => number): () => string | number {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (length: number): string => {
    let text = '';
    for (let i = 0; i < length; i++) text += String(Math.floor(random() * 10));
    return text;
  };
  const recent: Array<string | number> = [];
  const fresh = (): string | number => {
    const r = random();
    if (r < 0.25) return digits(1 + Math.floor(random() * 3)); // short, leading zeros likely: "007" vs "7"
    if (r < 0.45) return String(7_400_000_000_000_000_000n + BigInt(Math.floor(random() * 5000))); // msgId-like
    if (r < 0.55) return String(U64_MAX - BigInt(Math.floor(random() * 300))); // near uint64 max
    if (r < 0.6) return '9'.repeat(20 - Math.floor(random() * 2)); // 19/20 nines
    if (r < 0.7) return digits(1 + Math.floor(random() * 20)); // any length 1–20
    if (r < 0.75) return digits(21 + Math.floor(random() * 3)); // too long: fallback path
    if (r < 0.8) return '0'.repeat(1 + Math.floor(random() * 12)) + digits(Math.floor(random() * 9)); // leading zeros
    if (r < 0.85) return pick(['', 'a', '12a', '-1', ' 7', '7 ', '\uff17', '1e3', '0x1', '/', ':']);
    if (r < 0.92) return pick([0, 7, 42, -1, 1.5, 1e21, Number.NaN, 7312345678901234567]);
    const base = recent.length > 0 ? pick(recent) : '1';
    if (typeof base === 'number') return String(base); // the same digits as a string: a different id
    // A near-miss of a recent id: one digit changed (high or low part), or a leading zero added.
    if (random() < 0.3 || base.length === 0) return `0${base}`;
    const at = Math.floor(random() * base.length);
    return base.slice(0, at) + String(Math.floor(random() * 10)) + base.slice(at + 1);
  };
  const last: Array<string | number> = [];
  return () => {
    const r = random();
    if (last.length > 0 && r < 0.25) return last[Math.floor(random() * last.length)] as string | number; // within small windows
    if (recent.length > 0 && r < 0.5) return pick(recent);
    const id = fresh();
    recent.push(id);
    if (recent.length > 64) recent.splice(Math.floor(random() * recent.length), 1);
    last.push(id);
    if (last.length > 4) last.shift();
    return id;
  };
}

describe('createMsgIdWindow against a reference model', () => {
  it.each([
    [1, 40_000],
    [2, 40_000],
    [3, 40_000],
    [7, 40_000],
    [64, 20_000],
    [2000, 30_000],
  ])('window of %i agrees with an array FIFO over %i random operations', (size, operations) => {
    const random = createRandom(0x5eed + size);
    const nextId = createIdSource(random);
    const window = createMsgIdWindow(size);
    const reference = createReferenceWindow(size);
    let duplicates = 0;
    let clears = 0;
    for (let step = 0; step < operations; step++) {
      if (random() < 0.0015) {
        window.clear();
        reference.clear();
        clears++;
        continue;
      }
      const id = nextId();
      const expected = reference.seen(id);
      const actual = window.seen(id);
      if (actual !== expected) {
        throw new Error(`step ${step}: seen(${JSON.stringify(String(id))} as ${typeof id}) = ${actual}, expected ${expected}`);
      }
      if (expected) duplicates++;
    }
    // The sequence must exercise both answers and clearing, or the comparison proves little.
    expect(duplicates).toBeGreaterThan(operations / 20);
    expect(duplicates).toBeLessThan(operations);
    expect(clears).toBeGreaterThan(0);
  });

  it('keeps msgId-like ids of a long run exact (consecutive uint64 ids, window 2000)', () => {
    const window = createMsgIdWindow(2000);
    const id = (n: number): string => String(7_400_000_000_000_000_000n + BigInt(n));
    for (let n = 0; n < 10_000; n++) expect(window.seen(id(n))).toBe(false);
    for (let n = 8_000; n < 10_000; n++) expect(window.seen(id(n))).toBe(true);
    expect(window.seen(id(7_999))).toBe(false); // evicted; now remembered again, evicting id(8000)
    expect(window.seen(id(8_000))).toBe(false);
  });

  it('tells apart ids that differ only by leading zeros, type or a high digit', () => {
    const window = createMsgIdWindow(100);
    const ids = ['7', '07', '007', 7, '18446744073709551615', '08446744073709551615', '18446744073709551614', '28446744073709551615', '99999999999999999999', '099999999999999999999'];
    expect(ids.map((id) => window.seen(id))).toEqual(ids.map(() => false));
    expect(ids.map((id) => window.seen(id))).toEqual(ids.map(() => true));
  });
});

describe('defaultMsgId', () => {
  it('reads common.msgId of payloads and data.common.msgId of events, skipping empty and zero ids', () => {
    expect(defaultMsgId({ common: { msgId: '7123' } })).toBe('7123');
    expect(defaultMsgId({ type: 'WebcastChatMessage', data: { common: { msgId: '7124' } } })).toBe('7124');
    expect(defaultMsgId({ common: { msgId: 42 } })).toBe('42');
    expect([{ common: { msgId: '0' } }, { common: { msgId: '' } }, { common: null }, null, 'x'].map(defaultMsgId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
