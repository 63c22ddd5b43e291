/**
 * The `code` of every JSON error the handlers answer, with the HTTP status it goes out with.
 * Clients switch on `code`; the `error` text is for people.
 */
export const SERVER_ERROR_STATUS = {
  /** The method is not the one the handler takes (`allow` says which). */
  'method-not-allowed': 405,
  /** The JWT request is not `content-type: application/json`. */
  'unsupported-media-type': 415,
  /** The body is larger than the handler reads. */
  'body-too-large': 413,
  /** The body is not a JSON object. */
  'invalid-request': 400,
  /** `uniqueId` is missing or not a TikTok handle. */
  'invalid-unique-id': 400,
  /** `streamType` is not one of `hls_ld`, `hls_sd`, `flv_ld`, `flv_sd`. */
  'invalid-stream-type': 400,
  /** `allowCreator` said no. */
  'creator-not-allowed': 403,
  /** This client asked too often; `retry-after` says when to come back. */
  'rate-limited': 429,
  /** Euler Stream refused the server's API key or account id (401/403 upstream). Final: fix the server's configuration. */
  'api-key-rejected': 401,
  /** Euler Stream rate-limited the server's key (429 upstream). */
  'upstream-rate-limited': 429,
  /** The creator is not live or not known (404 upstream; room video only). */
  'not-live': 404,
  /** Euler Stream answered something unexpected (a 4xx/5xx or a body without the expected field). */
  'upstream-error': 502,
  /** Euler Stream could not be reached. */
  'upstream-unreachable': 502,
  /** Euler Stream did not answer within `timeoutMs`. */
  'upstream-timeout': 504,
  /** A bug or a throwing `allowCreator`/`clientId`; details stay on the server (`onError`). */
  'internal-error': 500,
} as const;

/** The `code` of a JSON error answer. */
export type ServerErrorCode = keyof typeof SERVER_ERROR_STATUS;

/** The body of every error answer: `{ "code": "rate-limited", "error": "Too many requests …" }`. */
export interface ServerErrorBody {
  /** What went wrong, machine-readable. */
  readonly code: ServerErrorCode;
  /** What went wrong, for people. Never contains the API key. */
  readonly error: string;
}

/** What `onError` receives: the error answer about to be sent, with its status. */
export interface ServerErrorInfo extends ServerErrorBody {
  /** The HTTP status of the answer. */
  readonly status: number;
}
