import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './createRateLimiter.js';

describe('createRateLimiter', () => {
  it('allows limit requests per window and says when the window ends', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    expect(limiter.take('a', 0)).toEqual({ ok: true });
    expect(limiter.take('a', 100)).toEqual({ ok: true });
    expect(limiter.take('a', 400)).toEqual({ ok: false, retryAfterMs: 600 });
    expect(limiter.take('a', 1000)).toEqual({ ok: true });
  });

  it('counts each client on its own', () => {
    const limiter = createRateLimiter({ limit: 1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('b', 0).ok).toBe(true);
    expect(limiter.take('a', 1).ok).toBe(false);
  });

  it('remembers at most maxClients, forgetting the oldest window first', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`client-${i}`, i);
    expect(limiter.size).toBe(100);
    // The newest clients are still counted; the oldest were forgotten.
    expect(limiter.take('client-9999', 10_000).ok).toBe(false);
    expect(limiter.take('client-0', 10_000).ok).toBe(true);
  });

  it.each([{ limit: 0 }, { windowMs: -1 }, { maxClients: 1.5 }])('throws a TypeError for %o', (config) => {
    expect(() => createRateLimiter(config)).toThrow(TypeError);
  });
});
