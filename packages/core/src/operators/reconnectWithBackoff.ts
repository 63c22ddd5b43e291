import {
  asyncScheduler,
  defer,
  retry,
  tap,
  throwError,
  timer,
  type MonoTypeOperatorFunction,
  type SchedulerLike,
} from 'rxjs';
import { DEFAULT_LIVE_CLIENT_OPTIONS } from '../defaults.js';
import { classifyError } from './classifyClose.js';

/** Configuration of {@link reconnectWithBackoff}. */
export interface ReconnectConfig {
  /** Maximum consecutive retries; after that the last error goes through. @default Infinity */
  count?: number;
  /**
   * Delay before retry number `attempt` (1-based): a fixed number of ms, or a function of the
   * attempt and the error. @default defaultReconnectDelay (close-code aware backoff with jitter)
   */
  delay?: number | ((attempt: number, error: unknown) => number);
  /** First step of the exponential backoff, in ms. @default 1000 */
  baseDelay?: number;
  /** Cap of the exponential backoff, in ms. @default 60000 */
  maxDelay?: number;
  /** First delay after a rate-limit close (4429), in ms. @default 30000 */
  coolDownDelay?: number;
  /** Cap of the rate-limit backoff, in ms (plus up to 20 % jitter). @default 300000 */
  maxCoolDownDelay?: number;
  /**
   * The attempt counter resets once the source has been up this long: when it fails after
   * at least `minUptime` ms since its first value, or emits a value `minUptime` ms after its first.
   * @default 60000
   */
  minUptime?: number;
  /** Which errors are worth a retry. @default classifyError(error) is 'retry', 'cool-down' or 'immediate' */
  shouldReconnect?: (error: unknown) => boolean;
  /** Scheduler for the delays and uptime clock (tests use the TestScheduler). @default asyncScheduler */
  scheduler?: SchedulerLike;
  /** Random source in [0, 1) for the jitter. @default Math.random */
  random?: () => number;
  /** Called each time a retry is scheduled (state reporting). */
  onRetry?: (info: RetryInfo) => void;
}

/** What {@link ReconnectConfig.onRetry} receives. */
export interface RetryInfo {
  /** 1-based number of this retry since the last reset. */
  attempt: number;
  /** How long until the retry, in ms. */
  delay: number;
  /** The error that caused it. */
  error: unknown;
}

/** The backoff parameters {@link defaultReconnectDelay} reads. */
export type BackoffOptions = Pick<ReconnectConfig, 'baseDelay' | 'maxDelay' | 'coolDownDelay' | 'maxCoolDownDelay' | 'random'>;

/** The defaults of {@link ReconnectConfig} and {@link BackoffOptions}, in ms (`DEFAULT_LIVE_CLIENT_OPTIONS.reconnect`). */
export const RECONNECT_DEFAULTS = DEFAULT_LIVE_CLIENT_OPTIONS.reconnect;

/**
 * The default reconnect delay, close-code aware (PROTOCOL.md §3):
 * - 4555 (planned rotation): 0;
 * - 4429 (rate limited): `coolDownDelay × 2^(attempt−1)`, capped at `maxCoolDownDelay`, plus up to 20 % jitter;
 * - anything else: full jitter, `random() × min(maxDelay, baseDelay × 2^(attempt−1))`.
 *
 * @example
 * defaultReconnectDelay(3, new ConnectionClosedError('drop', { closeCode: 1006 })) // somewhere in [0, 4000)
 */
export function defaultReconnectDelay(attempt: number, error: unknown, options: BackoffOptions = {}): number {
  const {
    baseDelay = RECONNECT_DEFAULTS.baseDelay,
    maxDelay = RECONNECT_DEFAULTS.maxDelay,
    coolDownDelay = RECONNECT_DEFAULTS.coolDownDelay,
    maxCoolDownDelay = RECONNECT_DEFAULTS.maxCoolDownDelay,
    random = Math.random,
  } = options;
  const exponent = Math.max(0, attempt - 1);
  switch (classifyError(error)) {
    case 'immediate':
      return 0;
    case 'cool-down': {
      const ceiling = Math.min(maxCoolDownDelay, coolDownDelay * 2 ** exponent);
      return Math.round(ceiling + random() * ceiling * 0.2);
    }
    default:
      return Math.floor(random() * Math.min(maxDelay, baseDelay * 2 ** exponent));
  }
}

function defaultShouldReconnect(error: unknown): boolean {
  const kind = classifyError(error);
  return kind === 'retry' || kind === 'cool-down' || kind === 'immediate';
}

/** The retry counter of one subscription to a reconnecting source. Times are epoch ms (`now`). */
export interface ReconnectCounter {
  /** The source is (re)subscribed: its uptime starts at its next first value. */
  subscribed(): void;
  /** The source emitted: the first value starts the uptime; a value after `minUptime` resets the counter. */
  value(now: number): void;
  /** The source failed with `error`: the next retry (after `onRetry` was told), or undefined to let the error through. */
  retry(error: unknown, now: number): RetryInfo | undefined;
}

/**
 * Creates the counter for `config` (the operator's options; the scheduler is the caller's business):
 * the operator's whole retry logic, which the client's connect policy runs too, on `setTimeout`.
 */
export function createReconnectCounter(config: ReconnectConfig): ReconnectCounter {
  const { count = Infinity, delay, minUptime = RECONNECT_DEFAULTS.minUptime, shouldReconnect = defaultShouldReconnect, onRetry } = config;
  const delayFor: (attempt: number, error: unknown) => number =
    typeof delay === 'number' ? () => delay : (delay ?? ((attempt, error) => defaultReconnectDelay(attempt, error, config)));
  let attempt = 0;
  let firstValueAt: number | undefined;
  const stable = (now: number): boolean => firstValueAt !== undefined && now - firstValueAt >= minUptime;
  return {
    subscribed() {
      firstValueAt = undefined;
    },
    value(now) {
      if (firstValueAt === undefined) firstValueAt = now;
      else if (attempt > 0 && stable(now)) attempt = 0;
    },
    retry(error, now) {
      if (stable(now)) attempt = 0;
      if (!shouldReconnect(error) || attempt >= count) return undefined;
      attempt += 1;
      const info: RetryInfo = { attempt, delay: Math.max(0, delayFor(attempt, error)), error };
      onRetry?.(info);
      return info;
    },
  };
}

/**
 * Resubscribes to the source after a retryable error, with capped exponential
 * backoff and full jitter; fatal errors (see `classifyClose`) go straight through.
 * The counter resets after a stable period (`minUptime`).
 *
 * `reconnectWithBackoff(5)` is the same as `reconnectWithBackoff({ count: 5 })`.
 *
 * @example
 * session$.pipe(reconnectWithBackoff({ maxDelay: 30_000, minUptime: 60_000 }))
 * @see defaultReconnectDelay
 */
export function reconnectWithBackoff<T>(config: number | ReconnectConfig = {}): MonoTypeOperatorFunction<T> {
  const resolved: ReconnectConfig = typeof config === 'number' ? { count: config } : config;
  const scheduler = resolved.scheduler ?? asyncScheduler;
  return (source) =>
    defer(() => {
      const counter = createReconnectCounter(resolved);
      return source.pipe(
        tap({ subscribe: counter.subscribed, next: () => counter.value(scheduler.now()) }),
        retry({
          delay: (error: unknown) => {
            const next = counter.retry(error, scheduler.now());
            return next === undefined ? throwError(() => error) : timer(next.delay, scheduler);
          },
        }),
      );
    });
}
