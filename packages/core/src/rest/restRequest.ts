import { normalizeUniqueId } from '@tiktok-live-rx/protocol';
import { DEFAULT_REST_BASE_URL } from './restBaseUrl.js';
import { RestError } from './restError.js';
import { invalid } from '../validation/optionChecks.js';

/** Credentials and transport options shared by the REST helpers. Pass exactly one of `apiKey` / `jwt`. */
export interface RestOptions {
  /** Euler API key, sent as `x-api-key`. Keep it server-side. @default undefined */
  apiKey?: string;
  /** Euler JWT, sent as `x-jwt-key` (safe for browsers). @default undefined */
  jwt?: string;
  /** API base URL. @default 'https://tiktok.eulerstream.com' */
  baseUrl?: string;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Aborts the request; the promise then rejects with the signal's reason. @default undefined */
  signal?: AbortSignal;
}


/** What a successful call returns: the parsed JSON object body. */
export type RestBody = Record<string, unknown>;

/** Factory for the error class a caller wants (so `fetchRoomVideo` can throw `RoomVideoError`). */
export type RestErrorFactory = (message: string, details: ConstructorParameters<typeof RestError>[1]) => RestError;

/**
 * GET `${baseUrl}${path}?uniqueId=…&…` with one auth header; resolves with the
 * JSON body when the HTTP status is 2xx and the body `code` (if any) is 200.
 * Throws `TypeError` for bad arguments, the factory's error otherwise.
 * @internal
 */
export async function restGet(
  path: string,
  uniqueId: string,
  query: Record<string, string | undefined>,
  options: RestOptions | undefined,
  makeError: RestErrorFactory = (message, details) => new RestError(message, details),
): Promise<RestBody> {
  const opts = options ?? {};
  const auth = authHeader(opts);
  const where = `GET ${path}`;
  const id = typeof uniqueId === 'string' ? normalizeUniqueId(uniqueId) : undefined;
  if (id === undefined) invalid(where, 'uniqueId', "a TikTok handle such as 'user' or '@user'", uniqueId);
  const base = opts.baseUrl ?? DEFAULT_REST_BASE_URL;
  let url: URL | undefined;
  try {
    url = new URL(base.replace(/\/+$/, '') + path);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    invalid(where, 'baseUrl', 'an absolute http:// or https:// URL', base, `Omit it to use ${DEFAULT_REST_BASE_URL}.`);
  }
  url.searchParams.set('uniqueId', id);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  const doFetch = opts.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') {
    throw new TypeError('No fetch available: run on Node 20+ or a browser, or pass options.fetch.');
  }

  const secrets = [opts.apiKey, opts.jwt].filter((s): s is string => typeof s === 'string' && s !== '');
  const redact = (text: string): string => secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), text);

  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'GET',
      headers: { accept: 'application/json', [auth.name]: auth.value },
      ...(opts.signal === undefined ? {} : { signal: opts.signal }),
    });
  } catch (cause) {
    if (opts.signal?.aborted === true) throw opts.signal.reason;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw makeError(redact(`GET ${path} failed: network error (${reason}).`), { status: 0, endpoint: path });
  }

  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown;
  let bodyError = false;
  try {
    body = JSON.parse(await response.text());
  } catch (cause) {
    if (opts.signal?.aborted === true) throw opts.signal.reason;
    bodyError = true;
  }
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as RestBody) : undefined;
  const code = typeof record?.['code'] === 'number' ? record['code'] : undefined;
  const serverMessage = typeof record?.['message'] === 'string' ? record['message'] : undefined;

  const ok = status >= 200 && status < 300 && (code === undefined || code === 200);
  if (ok && record !== undefined) return record;

  let message: string;
  if (!ok) {
    const what = code !== undefined && code !== status ? `HTTP ${status}, code ${code}` : `HTTP ${status}`;
    message = `GET ${path} failed (${what})${serverMessage === undefined ? '' : `: ${serverMessage}`}`;
  } else {
    message = `GET ${path} returned ${bodyError ? 'a body that is not JSON' : 'a JSON body that is not an object'} (HTTP ${status}).`;
  }
  throw makeError(redact(message), { status, code, endpoint: path, retryAfterMs });
}

function authHeader(opts: RestOptions): { name: 'x-api-key' | 'x-jwt-key'; value: string } {
  const hasKey = typeof opts.apiKey === 'string' && opts.apiKey !== '';
  const hasJwt = typeof opts.jwt === 'string' && opts.jwt !== '';
  if (hasKey && hasJwt) {
    throw new TypeError('Pass either apiKey or jwt, not both (use jwt in browsers, apiKey on servers).');
  }
  if (hasKey) return { name: 'x-api-key', value: opts.apiKey as string };
  if (hasJwt) return { name: 'x-jwt-key', value: opts.jwt as string };
  throw new TypeError('Pass apiKey (sent as x-api-key) or jwt (sent as x-jwt-key) in the options.');
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

