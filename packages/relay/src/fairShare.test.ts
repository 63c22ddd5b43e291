import { describe, expect, it } from 'vitest';
import { fairShare } from './fairShare.js';

const worker = (workerId: string, heartbeatAt: number, draining = false) => ({ workerId, capacity: 100, heartbeatAt, held: 0, draining });

describe('fairShare', () => {
  it('splits the desired set evenly among live workers, rounding up', () => {
    expect(fairShare({ desired: 300, workers: [worker('a', 1000), worker('b', 1000), worker('c', 1000)], capacity: 500, ttlMs: 100, now: 1000 })).toBe(100);
    expect(fairShare({ desired: 301, workers: [worker('a', 1000), worker('b', 1000), worker('c', 1000)], capacity: 500, ttlMs: 100, now: 1000 })).toBe(101);
  });

  it('ignores dead and draining workers and caps at the capacity', () => {
    const workers = [worker('a', 1000), worker('dead', 800), worker('leaving', 1000, true)];
    expect(fairShare({ desired: 300, workers, capacity: 500, ttlMs: 100, now: 1000 })).toBe(300);
    expect(fairShare({ desired: 300, workers, capacity: 120, ttlMs: 100, now: 1000 })).toBe(120);
  });
});
