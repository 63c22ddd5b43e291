/**
 * One call to the Euler Stream REST API through the official SDK, with a timeout, the
 * caller's abort signal, and no exception that could carry the key (the SDK puts it in the
 * URL and the headers, and axios errors keep both): every failure becomes a plain outcome.
 */
/** The request options we hand the SDK (a subset of axios' request config). */
export interface EulerCallOptions {
  readonly signal: AbortSignal;
  readonly timeout: number;
  readonly validateStatus: (status: number) => boolean;
  readonly maxContentLength: number;
}

/** How a call ended. `status`/`body` come from Euler Stream; nothing here holds the key. */
export type EulerOutcome =
  | { readonly kind: 'answer'; readonly status: number; readonly body: Record<string, unknown>; readonly retryAfter: string | undefined }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'aborted' };

/** What an SDK method returns (an axios response), reduced to what we read. */
interface SdkResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: unknown;
}

/**
 * Runs `request` (an SDK call that takes axios options) with `timeoutMs` and `signal`, and
 * answers any HTTP status (no throw on 4xx/5xx).
 */
export async function callEuler(
  request: (options: EulerCallOptions) => Promise<SdkResponse>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<EulerOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const combined = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
  try {
    const response = await request({
      signal: combined,
      timeout: timeoutMs,
      validateStatus: () => true,
      // The answers are small; a huge one is not Euler Stream.
      maxContentLength: 1024 * 1024,
    });
    const data = response.data;
    const body = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { kind: 'answer', status: response.status, body, retryAfter: header(response.headers, 'retry-after') };
  } catch {
    // Deliberately not looking at the error's text: axios errors carry the request URL and
    // headers, and with them the key.
    if (timeout.signal.aborted) return { kind: 'timeout' };
    if (signal?.aborted === true) return { kind: 'aborted' };
    return { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
