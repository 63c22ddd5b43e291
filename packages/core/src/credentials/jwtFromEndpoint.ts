import { CredentialsRejectedError } from '../errors.js';
import { REDACTED, redactUrl } from '@tiktok-live-rx/protocol';
import type { CredentialContext, CredentialProvider } from '../types.js';
import { FUNCTION, POSITIVE_MS, check, oneOf } from '../validation/optionChecks.js';

const WHERE = 'jwtFromEndpoint';

/** Options of {@link jwtFromEndpoint}: `fetch`'s own (headers, credentials, …) plus a few of ours. */
export interface JwtFromEndpointInit extends Omit<RequestInit, 'body' | 'method'> {
  /**
   * `'POST'` sends `{"uniqueId": "…"}` as JSON (what `@tiktok-live-rx/server`'s
   * `createJwtHandler` takes); `'GET'` appends `?uniqueId=…` to the URL.
   * @default 'POST'
   */
  method?: 'POST' | 'GET';
  /** Give up on one call after this many ms (a transient failure: the connection backs off and asks again). @default 10000 */
  timeoutMs?: number;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The defaults of {@link JwtFromEndpointInit}. */
export const DEFAULT_JWT_FROM_ENDPOINT = { method: 'POST', timeoutMs: 10_000 } as const;

/** How much of the endpoint's own error text goes into our error. */
const MAX_DETAIL = 200;

/** A JWT anywhere in a text (three base64url parts, the first a JSON header). */
const JWT_PATTERN = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;

/**
 * A `jwt` credential provider that asks your backend for a fresh, creator-scoped token before
 * every connect attempt: `POST url` with `{"uniqueId": "…"}`, answered by `{"token": "…"}`
 * (the request and answer of `@tiktok-live-rx/server`'s `createJwtHandler`).
 *
 * - HTTP 401, 403 and other refusals (4xx except 408 and 429) are final: it throws
 *   `CredentialsRejectedError` and the connection ends in `status: 'error'` without retrying.
 * - 408, 429, 5xx, a network failure, a timeout or an answer without a token are transient: it
 *   throws a plain `Error` and the connection backs off and asks again.
 *
 * Its error texts carry the status, the endpoint's `code` and a short part of its `error`
 * text, but never the URL's query or a JWT; the connection redacts them once more.
 *
 * @throws TypeError - `url` is not a string or URL, or an option is invalid (at creation).
 * @see CredentialsRejectedError
 * @example
 * ```ts
 * const client = createLiveClient({ jwt: jwtFromEndpoint('/api/jwt', { credentials: 'same-origin' }) });
 * ```
 */
export function jwtFromEndpoint(url: string | URL, init: JwtFromEndpointInit = {}): CredentialProvider {
  const endpoint = typeof url === 'string' ? url.trim() : url instanceof URL ? url.href : undefined;
  if (endpoint === undefined || endpoint === '') {
    throw new TypeError('jwtFromEndpoint: pass the URL of your token endpoint, e.g. jwtFromEndpoint(\'/api/jwt\').');
  }
  const { method: methodOption, timeoutMs: timeoutOption, fetch: fetchOption, headers, signal, ...rest } = init;
  const method = check<'POST' | 'GET'>(WHERE, 'method', methodOption, oneOf(['POST', 'GET']), DEFAULT_JWT_FROM_ENDPOINT.method);
  const timeoutMs = check(WHERE, 'timeoutMs', timeoutOption, POSITIVE_MS, DEFAULT_JWT_FROM_ENDPOINT.timeoutMs);
  check(WHERE, 'fetch', fetchOption, FUNCTION);
  // What our messages call the endpoint: never its query, which may carry a session.
  const label = endpoint.split(/[?#]/, 1)[0] ?? '';

  return async ({ uniqueId }: CredentialContext): Promise<string> => {
    const doFetch = fetchOption ?? globalThis.fetch;
    if (typeof doFetch !== 'function') throw new TypeError('jwtFromEndpoint: no fetch available; pass init.fetch.');
    const requestHeaders = new Headers(headers);
    if (!requestHeaders.has('accept')) requestHeaders.set('accept', 'application/json');
    let target = endpoint;
    let body: string | undefined;
    if (method === 'POST') {
      requestHeaders.set('content-type', 'application/json');
      body = JSON.stringify({ uniqueId });
    } else {
      const [base = '', hash] = endpoint.split('#', 2);
      target = `${base}${base.includes('?') ? '&' : '?'}uniqueId=${encodeURIComponent(uniqueId)}${hash === undefined ? '' : `#${hash}`}`;
    }
    // One controller for the timeout and the caller's signal (AbortSignal.any is too new for
    // some browsers still in use).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forward = (): void => controller.abort(signal?.reason);
    if (signal?.aborted === true) forward();
    else signal?.addEventListener('abort', forward, { once: true });
    let response: Response;
    let answer: Awaited<ReturnType<typeof readAnswer>>;
    try {
      response = await doFetch(target, { ...rest, method, headers: requestHeaders, body, signal: controller.signal });
      answer = await readAnswer(response);
    } catch (error) {
      if (timedOut) throw new Error(`The JWT endpoint ${label} did not answer within ${timeoutMs} ms.`);
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The JWT endpoint ${label} could not be reached: ${scrub(reason)}`);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
    const { status } = response;
    if (status >= 200 && status < 300) {
      if (answer.token !== undefined) return answer.token;
      throw new Error(`The JWT endpoint ${label} answered HTTP ${status} without a token (expected {"token": "…"}).`);
    }
    const detail = `HTTP ${status}${answer.code === undefined ? '' : ` ${answer.code}`}${answer.error === undefined ? '' : `: ${answer.error}`}`;
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      throw new CredentialsRejectedError(`The JWT endpoint ${label} refused a token for @${uniqueId} (${detail}).`, { status });
    }
    throw new Error(`The JWT endpoint ${label} failed (${detail}).`);
  };
}

/** The parts of a JSON answer we use, each checked and scrubbed. */
async function readAnswer(response: Response): Promise<{ token?: string; code?: string; error?: string }> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return {};
  }
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? scrub(value).slice(0, MAX_DETAIL) : undefined);
  const token = typeof record['token'] === 'string' && record['token'].trim() !== '' ? record['token'] : undefined;
  return { token, code: text(record['code']), error: text(record['error']) ?? text(record['message']) };
}

/** Removes JWTs and secret query parameters from text that came from elsewhere. */
function scrub(text: string): string {
  return redactUrl(text.replace(JWT_PATTERN, REDACTED));
}
