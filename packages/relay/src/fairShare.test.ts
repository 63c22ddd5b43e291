import { describe, expect, it } from 'vitest';
import { fairShare } from './fairShare.js';

const worker = (workerId: string, heartbeatAt: number, capacity = 500, draining = false) => ({ workerId, capacity, heartbeatAt, held: 0, draining });
const base = { capacity: 500, ttlMs: 100, now: 1000 };

describe('fairShare', () => {
  it('splits the desired set evenly among live workers, rounding up', () => {
    const workers = [worker('a', 1000), worker('b', 1000), worker('c', 1000)];
    expect(['a', 'b', 'c'].map((workerId) => fairShare({ ...base, desired: 300, workers, workerId }))).toEqual([100, 100, 100]);
    expect(fairShare({ ...base, desired: 301, workers, workerId: 'a' })).toBe(101);
  });

  it('ignores dead, draining and zero-capacity workers and caps at the capacity', () => {
    const workers = [worker('a', 1000), worker('dead', 800), worker('leaving', 1000, 500, true), worker('pinned-only', 1000, 0)];
    expect(fairShare({ ...base, desired: 300, workers, workerId: 'a' })).toBe(300);
    expect(fairShare({ ...base, desired: 300, workers, workerId: 'a', capacity: 120 })).toBe(120);
  });

  it('gives what a small worker cannot take to the others, so nothing stays unclaimed', () => {
    const workers = [worker('small', 1000, 10), worker('big', 1000, 1000)];
    expect(fairShare({ ...base, desired: 300, workers, workerId: 'small', capacity: 10 })).toBe(10);
    expect(fairShare({ ...base, desired: 300, workers, workerId: 'big', capacity: 1000 })).toBe(290);
  });
});
