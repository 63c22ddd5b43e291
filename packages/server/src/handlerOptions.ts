import { REDACTED, redactUrl } from '@tiktok-live-rx/protocol';
import { createRateLimiter, type RateLimitConfig, type RateLimiter } from './createRateLimiter.js';
import type { FetchHandlerContext } from './fetchHandler.js';
import type { ServerErrorInfo } from './serverError.js';

/** Options both handlers share. Only `apiKey` is required. */
export interface EulerHandlerOptions {
  /** Your Euler Stream API key. Stays in this process: never in an answer, an error or a log line. */
  apiKey: string;
  /**
   * App-level authorisation: may this request get access to `uniqueId`? Check your session
   * here. `false` answers 403 `creator-not-allowed`; a throw answers 500 `internal-error`.
   * @default every creator is allowed
   */
  allowCreator?: (uniqueId: string, request: Request) => boolean | Promise<boolean>;
  /** Euler Stream's REST base URL (the simulator's `httpUrl` in tests). @default the SDK's, 'https://tiktok.eulerstream.com' */
  restUrl?: string | undefined;
  /** Give up on Euler Stream after this many ms and answer 504 `upstream-timeout`. @default 10000 */
  timeoutMs?: number;
  /** Per-client rate limit, or `false` to turn it off (when your platform limits already). @default { limit: 20, windowMs: 60000, maxClients: 10000 } */
  rateLimit?: false | RateLimitConfig;
  /**
   * Which client a request comes from, for the rate limit. Requests for which it returns
   * `undefined` share one bucket.
   * @default the context's `clientAddress`
   */
  clientId?: (request: Request, context: FetchHandlerContext) => string | undefined;
  /** Called with every error answer (status, `code`, text without the key), for your logs. @default nothing is logged */
  onError?: (info: ServerErrorInfo) => void;
}

/** {@link EulerHandlerOptions} checked and with defaults. @internal */
export interface ResolvedHandlerOptions {
  readonly apiKey: string;
  readonly allowCreator: (uniqueId: string, request: Request) => boolean | Promise<boolean>;
  /** `undefined`: the SDK's own base URL. */
  readonly restUrl: string | undefined;
  readonly timeoutMs: number;
  readonly limiter: RateLimiter | undefined;
  readonly clientId: (request: Request, context: FetchHandlerContext) => string | undefined;
  readonly onError: ((info: ServerErrorInfo) => void) | undefined;
  /** Removes the key (and secret query parameters) from text that came from elsewhere. */
  readonly redact: (text: string) => string;
}

/** The defaults of {@link EulerHandlerOptions} (`restUrl` defaults to the SDK's own base URL). */
export const DEFAULT_HANDLER_OPTIONS = { timeoutMs: 10_000 } as const;

/**
 * Checks the shared options at creation time (a `TypeError` that names the option, never
 * its value when it is the key) and fills in the defaults.
 * @internal
 */
export function resolveHandlerOptions(name: string, options: EulerHandlerOptions): ResolvedHandlerOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${name}: pass an options object, e.g. { apiKey: process.env.EULER_API_KEY }.`);
  const {
    apiKey,
    allowCreator = () => true,
    restUrl,
    timeoutMs = DEFAULT_HANDLER_OPTIONS.timeoutMs,
    rateLimit = {},
    clientId = (_request, context) => context.clientAddress,
    onError,
  } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError(`${name}: apiKey must be your Euler Stream API key (a non-empty string; e.g. process.env.EULER_API_KEY, which is ${apiKey === undefined ? 'not set' : 'empty'}).`);
  }
  if (typeof allowCreator !== 'function') throw new TypeError(`${name}: allowCreator must be a function (uniqueId, request) => boolean.`);
  if (typeof clientId !== 'function') throw new TypeError(`${name}: clientId must be a function (request, context) => string | undefined.`);
  if (onError !== undefined && typeof onError !== 'function') throw new TypeError(`${name}: onError must be a function.`);
  if (restUrl !== undefined && !isHttpUrl(restUrl)) {
    throw new TypeError(`${name}: restUrl must be an absolute http(s) URL such as 'https://tiktok.eulerstream.com' (got ${JSON.stringify(redactUrl(String(restUrl), [apiKey]))}).`);
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`${name}: timeoutMs must be a positive number of ms (got ${String(timeoutMs)}).`);
  const limiter = rateLimit === false ? undefined : createRateLimiter(rateLimit);
  return {
    apiKey,
    allowCreator,
    restUrl: restUrl?.replace(/\/+$/, ''),
    timeoutMs,
    limiter,
    clientId,
    onError,
    redact: (text) => redactUrl(text.split(apiKey).join(REDACTED), [apiKey]),
  };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
