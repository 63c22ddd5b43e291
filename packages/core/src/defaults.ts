/**
 * Every default of `createLiveClient`'s options, nested ones included, in one leaf module:
 * the option validation and the operators that apply a default (reconnect backoff,
 * `waitUntilLive`, streaks, totals) read the same numbers without importing each other, so
 * validating options never loads an operator.
 */
import { DEFAULT_REST_BASE_URL } from './rest/restBaseUrl.js';
import type { LiveClientSettings } from './types.js';

/**
 * Every default of {@link LiveClientSettings} in one place, nested ones included (`reconnect`'s
 * backoff, the streak limits, the totals' sizes; `waitUntilLive`'s in {@link DEFAULT_WAIT_UNTIL_LIVE}).
 */
export const DEFAULT_LIVE_CLIENT_OPTIONS = {
  url: 'wss://ws.eulerstream.com',
  features: {},
  /** `reconnectWithBackoff`'s backoff, in ms. */
  reconnect: Object.freeze({ baseDelay: 1000, maxDelay: 60_000, coolDownDelay: 30_000, maxCoolDownDelay: 300_000, minUptime: 60_000 }),
  waitUntilLive: false,
  stallTimeoutMs: 90_000,
  connectTimeoutMs: 15_000,
  disconnectGraceMs: 1000,
  keepAliveMs: 1000,
  restUrl: DEFAULT_REST_BASE_URL,
  recentChatLimit: 50,
  dedupe: { window: 2000 },
  /** The streak limits of `giftFinal$`, `giftStreak$` and the streak operators. */
  giftStreaks: Object.freeze({ timeoutMs: 10_000, maxPending: 1_000, maxFinalized: 5_000 }),
  /** `totals$`' and `sessionTotals`' leaderboard length and tracked users. */
  totals: { topN: 10, maxUsers: 10_000 },
} as const satisfies Omit<Required<LiveClientSettings>, 'WebSocket'>;

/** Defaults of the `waitUntilLive` settings once it is on (`waitUntilLive`'s `interval` default too). */
export const DEFAULT_WAIT_UNTIL_LIVE = Object.freeze({ interval: 60_000, rearmAfterEnd: true, probe: false });
