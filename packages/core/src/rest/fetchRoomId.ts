import { restGet, type RestOptions } from './restRequest.js';

/** What {@link fetchRoomId} returns. */
export interface RoomIdResult {
  /** TikTok room id (int64 as a string), when the creator has a room. */
  roomId: string | undefined;
  /** The service says the creator is live right now. */
  isLive: boolean;
  /** The whole JSON body (`ok`, `routes_attempted`, …). */
  raw: Record<string, unknown>;
}

/**
 * Looks up a creator's room id and live status via Euler's
 * `GET /webcast/room_id` (accepts a JWT). A cheap "is live?" probe for
 * wait-until-live logic; mind the plan's rate limits when polling.
 *
 * @throws TypeError - bad `uniqueId` or not exactly one of `apiKey` / `jwt`.
 * @throws RestError - non-2xx status, body `code` ≠ 200, unreadable body or network failure.
 * @example
 * ```ts
 * const { isLive, roomId } = await fetchRoomId('some_creator', { apiKey: process.env.EULER_API_KEY });
 * ```
 */
export async function fetchRoomId(uniqueId: string, options: RestOptions): Promise<RoomIdResult> {
  const body = await restGet('/webcast/room_id', uniqueId, {}, options);
  const rawId = body['room_id'];
  const roomId =
    typeof rawId === 'string' && rawId !== '' && rawId !== '0'
      ? rawId
      : typeof rawId === 'number' && rawId > 0
        ? String(rawId)
        : undefined;
  return { roomId, isLive: body['is_live'] === true, raw: body };
}
