/**
 * The error family. Check with `instanceof`; every class carries a stable `code`
 * and, when the error comes from a socket close, the `closeCode` and `reason`.
 *
 * No message built here ever contains an API key or a JWT: URLs go through
 * `redactUrl` before they reach an error.
 */

/** Stable machine-readable error codes, one per class. */
export type TikTokLiveErrorCode =
  | 'connection-closed'
  | 'auth'
  | 'permission'
  | 'invalid-options'
  | 'not-live'
  | 'rate-limited'
  | 'stream-ended'
  | 'protocol'
  | 'unsupported-frame'
  | 'connect-timeout'
  | 'stall'
  | 'token-provider'
  | 'credentials-rejected'
  | 'rest'
  | 'recording-format'
  | 'record-frames'
  | 'unexpected';

/** Options every error constructor accepts. */
export interface TikTokLiveErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
  /** The WebSocket close code that caused this error, if any. */
  closeCode?: number;
  /** The close reason the server sent (or a short description). */
  reason?: string;
}

/** Base class of every error this library produces. */
export class TikTokLiveError extends Error {
  /** Stable machine-readable code. */
  readonly code: TikTokLiveErrorCode;
  /** The WebSocket close code behind this error; `undefined` when it did not come from a close. */
  readonly closeCode: number | undefined;
  /** The close reason, when it came from a close. */
  readonly reason: string | undefined;

  constructor(message: string, code: TikTokLiveErrorCode = 'unexpected', options: TikTokLiveErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TikTokLiveError';
    this.code = code;
    this.closeCode = options.closeCode;
    this.reason = options.reason;
  }
}

/** The options of the close-code errors: the close code is required. */
type CloseErrorOptions = TikTokLiveErrorOptions & { closeCode: number };

/** The socket closed with a code that has no more specific class (1006, 1011, 4006, 4500, 4555, …). */
export class ConnectionClosedError extends TikTokLiveError {
  override name = 'ConnectionClosedError';

  /** @param code The code of a plain `ConnectionClosedError`; the subclasses below fix their own (a class field wins). */
  constructor(message: string, options: CloseErrorOptions, code: TikTokLiveErrorCode = 'connection-closed') {
    super(message, code, options);
  }
}

// The classes below only name themselves: a class field runs after the constructor it inherits.

/** 4401: the API key or JWT is missing, unknown or expired. */
export class AuthError extends ConnectionClosedError {
  override name = 'AuthError';
  override readonly code = 'auth';
}

/** 4403: the JWT does not allow this creator (`allowedCreators`). */
export class PermissionError extends ConnectionClosedError {
  override name = 'PermissionError';
  override readonly code = 'permission';
}

/** 4400: the service rejected the connection options (uniqueId, feature flags). */
export class InvalidOptionsError extends ConnectionClosedError {
  override name = 'InvalidOptionsError';
  override readonly code = 'invalid-options';
}

/** 4404: the creator is not live. */
export class NotLiveError extends ConnectionClosedError {
  override name = 'NotLiveError';
  override readonly code = 'not-live';
}

/** 4429: too many connections, or connecting too quickly. */
export class RateLimitedError extends ConnectionClosedError {
  override name = 'RateLimitedError';
  override readonly code = 'rate-limited';
}

/** 4005: the TikTok stream ended. */
export class StreamEndedError extends ConnectionClosedError {
  override name = 'StreamEndedError';
  override readonly code = 'stream-ended';
}

/** What was wrong with a frame or an item. */
export interface ProtocolErrorInfo {
  /** `malformed-json`: the frame is not JSON; `unknown-shape`: JSON but neither a bundle nor an item; `invalid-item`: a bundle entry without a string `type` and an object `data`. */
  problem: 'malformed-json' | 'unknown-shape' | 'invalid-item';
  /** Index of the bad item inside its bundle (`invalid-item` only). */
  index?: number;
  /** The item's `type`, when it had one. */
  type?: string;
  /** The first characters of the offending frame or item, for debugging. */
  excerpt: string;
}

/** A malformed frame or item; reported on `errors$`, the rest of the bundle is still delivered. */
export class ProtocolError extends TikTokLiveError {
  override name = 'ProtocolError';

  /** @param info Details of the problem. */
  constructor(
    message: string,
    readonly info: ProtocolErrorInfo,
    options: TikTokLiveErrorOptions = {},
  ) {
    super(message, 'protocol', options);
  }
}

/** A binary frame (the service's `rawMessages` mode), which this library does not decode. */
export class UnsupportedFrameError extends TikTokLiveError {
  override name = 'UnsupportedFrameError';

  /** @param info Details of the frame. */
  constructor(
    message: string,
    readonly info: { byteLength: number },
  ) {
    super(message, 'unsupported-frame');
  }
}

/** The socket did not open within the connect timeout (counts as a failed upgrade: retried). */
export class ConnectTimeoutError extends TikTokLiveError {
  override name = 'ConnectTimeoutError';

  /** @param info Details of the timeout. */
  constructor(
    message: string,
    readonly info: { timeoutMs: number },
  ) {
    super(message, 'connect-timeout');
  }
}

/** No frame arrived for `stallTimeoutMs` on an open socket; the client closed it to reconnect. */
export class StallError extends TikTokLiveError {
  override name = 'StallError';

  /** @param info Details of the stall. */
  constructor(
    message: string,
    readonly info: { idleMs: number; stallTimeoutMs: number },
  ) {
    super(message, 'stall');
  }
}

/** The `apiKey` / `jwt` provider threw, rejected or returned something that is not a non-empty string. */
export class TokenProviderError extends TikTokLiveError {
  override name = 'TokenProviderError';

  constructor(message: string, options: TikTokLiveErrorOptions = {}) {
    super(message, 'token-provider', options);
  }
}

/**
 * Thrown by a credential provider to say its failure is final (a wrong API key on the
 * token endpoint, a user the app refuses): the connection stops retrying and ends in
 * `status: 'error'` with this error. Any other provider failure is transient and retried.
 */
export class CredentialsRejectedError extends TikTokLiveError {
  override name = 'CredentialsRejectedError';
  /** The HTTP status behind the refusal, when it came from an endpoint. */
  readonly status: number | undefined;

  constructor(message: string, options: TikTokLiveErrorOptions & { status?: number } = {}) {
    super(message, 'credentials-rejected', options);
    this.status = options.status;
  }
}
