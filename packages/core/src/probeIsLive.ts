/**
 * The cheap "is the creator live?" check for wait-until-live mode:
 * `GET {restUrl}/webcast/room_id?uniqueId=…` → `is_live` (PROTOCOL.md §4.5).
 */

/** Options of {@link probeIsLive}. */
export interface ProbeIsLiveOptions {
  /** REST base URL, e.g. `https://tiktok.eulerstream.com`. */
  restUrl: string;
  /** The normalised creator handle. */
  uniqueId: string;
  /** Auth header: `x-api-key` for an API key, `x-jwt-key` for a JWT. */
  headers: Record<string, string>;
  /** Give up after this many ms (then the answer is "maybe live"). @default 10000 */
  timeoutMs?: number;
}

/**
 * Resolves `false` only when the service positively says the creator is not
 * live; any failure (no `fetch`, network error, non-JSON, no `is_live`) resolves
 * `true`, so the caller connects and lets the WebSocket decide.
 */
export async function probeIsLive(options: ProbeIsLiveOptions): Promise<boolean> {
  const { restUrl, uniqueId, headers, timeoutMs = 10_000 } = options;
  if (typeof fetch !== 'function') return true;
  try {
    const url = `${restUrl.replace(/\/+$/, '')}/webcast/room_id?uniqueId=${encodeURIComponent(uniqueId)}`;
    const response = await fetch(url, {
      headers: { accept: 'application/json', ...headers },
      ...(typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
    });
    const body = (await response.json()) as { is_live?: unknown };
    return body.is_live === false ? false : true;
  } catch {
    return true;
  }
}
