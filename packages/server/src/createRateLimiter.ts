/** Settings of the per-client rate limit (`rateLimit` option of the handlers). */
export interface RateLimitConfig {
  /**
   * Requests one client may make per window. A page asks once per connect attempt, so a
   * reconnecting tab stays far below it.
   * @default 20
   */
  limit?: number;
  /** Length of a window, in ms. @default 60000 */
  windowMs?: number;
  /**
   * Clients remembered at once. Past it the oldest window is forgotten, so memory stays
   * bounded however many addresses ask.
   * @default 10000
   */
  maxClients?: number;
}

/** The verdict for one request. */
export type RateLimitVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

/** A fixed-window counter per client key, with a bounded number of keys. */
export interface RateLimiter {
  /** Counts one request of `key`; `ok: false` once the key used up its window. */
  take(key: string, now?: number): RateLimitVerdict;
  /** How many keys are remembered now (for tests and metrics). */
  readonly size: number;
}

/** The defaults of {@link RateLimitConfig}. */
export const DEFAULT_RATE_LIMIT: Required<RateLimitConfig> = { limit: 20, windowMs: 60_000, maxClients: 10_000 };

/**
 * Creates a {@link RateLimiter}. Windows live in a `Map` in the order they started, so the
 * first entry is always the oldest and eviction is O(1).
 *
 * @throws TypeError - a setting that is not a positive integer.
 * @example
 * ```ts
 * const limiter = createRateLimiter({ limit: 5, windowMs: 10_000 });
 * if (!limiter.take(clientAddress).ok) return tooManyRequests();
 * ```
 */
export function createRateLimiter(config: RateLimitConfig = {}): RateLimiter {
  const { limit, windowMs, maxClients } = { ...DEFAULT_RATE_LIMIT, ...config };
  for (const [name, value] of Object.entries({ limit, windowMs, maxClients })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`rateLimit.${name} must be a positive integer (got ${String(value)}).`);
  }
  const windows = new Map<string, { start: number; count: number }>();

  return {
    take(key, now = Date.now()) {
      let window = windows.get(key);
      if (window === undefined || now - window.start >= windowMs) {
        // Re-insert so the Map stays ordered by window start.
        windows.delete(key);
        window = { start: now, count: 0 };
        windows.set(key, window);
        if (windows.size > maxClients) {
          const oldest = windows.keys().next();
          if (oldest.done !== true) windows.delete(oldest.value);
        }
      }
      if (window.count >= limit) return { ok: false, retryAfterMs: window.start + windowMs - now };
      window.count += 1;
      return { ok: true };
    },
    get size() {
      return windows.size;
    },
  };
}
