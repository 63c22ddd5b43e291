/**
 * The backend half of the browser flow: the server holds the API key and mints a
 * short-lived JWT per connection through the REST API
 * (`POST /accounts/:accountId/jwt/create`), scoped to the one creator the page
 * asked for. The page only ever sees the JWT.
 */

/** Where to mint tokens, and the key that pays for them. Server-side only. */
export interface JwtMintTarget {
  /** REST base URL: the simulator's `httpUrl`, or `https://tiktok.eulerstream.com`. */
  readonly restUrl: string;
  /** The Euler account id the API key belongs to. */
  readonly accountId: number;
  /** The API key. Never sent to a browser, never put in an error message. */
  readonly apiKey: string;
}

/** Options of {@link mintJwt}. */
export interface MintJwtOptions {
  /**
   * Token lifetime in seconds. Euler recommends ≤ 60 and one token per connection;
   * the client asks for a fresh one before every connect attempt anyway.
   * @default 60
   */
  expireAfter?: number;
  /**
   * How many sockets the token may hold open at once. One page watches one creator
   * over one shared socket, so 1 is enough.
   * @default 1
   */
  maxWebSockets?: number;
  /**
   * A label for the token in your Euler dashboard.
   * @default 'react-demo'
   */
  name?: string;
  /**
   * Give up on the REST call after this many ms.
   * @default 10_000
   */
  timeoutMs?: number;
}

/** Minting failed: the REST API refused or could not be reached. The message never contains the API key. */
export class JwtMintError extends Error {
  /** HTTP status of the REST answer; `undefined` when there was none (network error, timeout). */
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'JwtMintError';
    this.status = status;
  }
}

/**
 * Mints one JWT that may connect to `uniqueId` only (`allowedCreators`), with at most
 * `maxWebSockets` sockets, for `expireAfter` seconds.
 *
 * @example
 * ```ts
 * const token = await mintJwt({ restUrl: sim.httpUrl, accountId: sim.accountId, apiKey }, 'tv_asahi_news');
 * ```
 */
export async function mintJwt(target: JwtMintTarget, uniqueId: string, options: MintJwtOptions = {}): Promise<string> {
  const { expireAfter = 60, maxWebSockets = 1, name = 'react-demo', timeoutMs = 10_000 } = options;
  const { restUrl, accountId, apiKey } = target;
  let response: Response;
  try {
    response = await fetch(`${restUrl.replace(/\/+$/, '')}/accounts/${accountId}/jwt/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ expireAfter, websockets: { allowedCreators: [uniqueId], maxWebSockets }, name }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new JwtMintError(scrub(`could not reach the JWT endpoint: ${error instanceof Error ? error.message : String(error)}`, apiKey), undefined);
  }
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; message?: unknown };
  if (!response.ok || typeof body.token !== 'string' || body.token === '') {
    const detail = typeof body.message === 'string' ? ` ${body.message}` : '';
    // Only the status and the service's own message, with the key scrubbed in case it was echoed.
    throw new JwtMintError(scrub(`could not mint a JWT: HTTP ${response.status}${detail}`, apiKey), response.status);
  }
  return body.token;
}

function scrub(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('[redacted]');
}
