/**
 * The cheap "is the creator live?" check for wait-until-live mode, on top of
 * the REST helper `fetchRoomId` (`GET {restUrl}/webcast/room_id` → `is_live`).
 */
import { fetchRoomId } from './rest/fetchRoomId.js';

/** Options of {@link probeIsLive}. */
export interface ProbeIsLiveOptions {
  /** REST base URL, e.g. `https://tiktok.eulerstream.com`. */
  restUrl: string;
  /** The normalised creator handle. */
  uniqueId: string;
  /** The credential: an API key (sent as `x-api-key`) or a JWT (`x-jwt-key`). */
  credential: { apiKey: string } | { jwt: string };
  /** Give up after this many ms (then the answer is "maybe live"). @default 10000 */
  timeoutMs?: number;
}

/**
 * Resolves `false` only when the service positively says `is_live: false`; any
 * failure (network, auth, plan, no `is_live` field) resolves `true`, so the
 * caller connects and lets the WebSocket decide.
 */
export async function probeIsLive(options: ProbeIsLiveOptions): Promise<boolean> {
  const { restUrl, uniqueId, credential, timeoutMs = 10_000 } = options;
  try {
    const result = await fetchRoomId(uniqueId, {
      ...credential,
      baseUrl: restUrl,
      ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
    });
    return result.raw['is_live'] !== false;
  } catch {
    return true;
  }
}
