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

/** The socket closed with a code that has no more specific class (1006, 1011, 4006, 4500, 4555, …). */
export class ConnectionClosedError extends TikTokLiveError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }, code: TikTokLiveErrorCode = 'connection-closed') {
    super(message, code, options);
    this.name = 'ConnectionClosedError';
  }
}

/** 4401: the API key or JWT is missing, unknown or expired. */
export class AuthError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'auth');
    this.name = 'AuthError';
  }
}

/** 4403: the JWT does not allow this creator (`allowedCreators`). */
export class PermissionError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'permission');
    this.name = 'PermissionError';
  }
}

/** 4400: the service rejected the connection options (uniqueId, feature flags). */
export class InvalidOptionsError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'invalid-options');
    this.name = 'InvalidOptionsError';
  }
}

/** 4404: the creator is not live. */
export class NotLiveError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'not-live');
    this.name = 'NotLiveError';
  }
}

/** 4429: too many connections, or connecting too quickly. */
export class RateLimitedError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'rate-limited');
    this.name = 'RateLimitedError';
  }
}

/** 4005: the TikTok stream ended. */
export class StreamEndedError extends ConnectionClosedError {
  constructor(message: string, options: TikTokLiveErrorOptions & { closeCode: number }) {
    super(message, options, 'stream-ended');
    this.name = 'StreamEndedError';
  }
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
  /** Details of the problem. */
  readonly info: ProtocolErrorInfo;

  constructor(message: string, info: ProtocolErrorInfo, options: TikTokLiveErrorOptions = {}) {
    super(message, 'protocol', options);
    this.name = 'ProtocolError';
    this.info = info;
  }
}

/** A binary frame (the service's `rawMessages` mode), which this library does not decode. */
export class UnsupportedFrameError extends TikTokLiveError {
  /** Details of the frame. */
  readonly info: { byteLength: number };

  constructor(message: string, info: { byteLength: number }) {
    super(message, 'unsupported-frame');
    this.name = 'UnsupportedFrameError';
    this.info = info;
  }
}

/** The socket did not open within the connect timeout (counts as a failed upgrade: retried). */
export class ConnectTimeoutError extends TikTokLiveError {
  /** Details of the timeout. */
  readonly info: { timeoutMs: number };

  constructor(message: string, info: { timeoutMs: number }) {
    super(message, 'connect-timeout');
    this.name = 'ConnectTimeoutError';
    this.info = info;
  }
}

/** No frame arrived for `stallTimeoutMs` on an open socket; the client closed it to reconnect. */
export class StallError extends TikTokLiveError {
  /** Details of the stall. */
  readonly info: { idleMs: number; stallTimeoutMs: number };

  constructor(message: string, info: { idleMs: number; stallTimeoutMs: number }) {
    super(message, 'stall');
    this.name = 'StallError';
    this.info = info;
  }
}

/** The `apiKey` / `jwt` provider threw, rejected or returned something that is not a non-empty string. */
export class TokenProviderError extends TikTokLiveError {
  constructor(message: string, options: TikTokLiveErrorOptions = {}) {
    super(message, 'token-provider', options);
    this.name = 'TokenProviderError';
  }
}

/**
 * Thrown by a credential provider to say its failure is final (a wrong API key on the
 * token endpoint, a user the app refuses): the connection stops retrying and ends in
 * `status: 'error'` with this error. Any other provider failure is transient and retried.
 */
export class CredentialsRejectedError extends TikTokLiveError {
  /** The HTTP status behind the refusal, when it came from an endpoint. */
  readonly status: number | undefined;

  constructor(message: string, options: TikTokLiveErrorOptions & { status?: number } = {}) {
    super(message, 'credentials-rejected', options);
    this.name = 'CredentialsRejectedError';
    this.status = options.status;
  }
}
