import { TikTokLiveError } from '../errors.js';

/**
 * A failed Euler REST call: non-2xx HTTP status, a body `code` other than 200,
 * an unreadable body, or a network failure (`status` 0). The message never
 * contains the API key or JWT used.
 * Part of the one error family: `instanceof TikTokLiveError`, `code: 'rest'`.
 */
export class RestError extends TikTokLiveError {
  /** HTTP status; 0 when no response arrived (network failure). */
  readonly status: number;
  /** The body's `code` field, when the body had one (`code` is the family's `'rest'`). */
  readonly bodyCode: number | undefined;
  /** The endpoint path, e.g. `/webcast/room_video`. */
  readonly endpoint: string;
  /** Milliseconds the server asked to wait (`Retry-After`), on 429 and 503 responses that send it. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    details: { status: number; code?: number | undefined; endpoint: string; retryAfterMs?: number | undefined; cause?: unknown },
  ) {
    super(message, 'rest', details.cause === undefined ? {} : { cause: details.cause });
    this.name = 'RestError';
    this.status = details.status;
    this.bodyCode = details.code;
    this.endpoint = details.endpoint;
    this.retryAfterMs = details.retryAfterMs;
  }
}
