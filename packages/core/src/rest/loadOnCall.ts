/**
 * The public REST helpers as thin async wrappers that load their implementation on the first
 * call (`import()`), so a bundle that never calls them keeps the request code in a lazy chunk.
 * (esbuild's code splitting works per file: a module the main entry re-exports statically
 * lands in what loads first as soon as any lazy chunk, e.g. the live probe, imports it too.)
 * Both helpers are async already, so callers see the same promise, results and errors.
 */
import type { FetchRoomVideoOptions, RoomVideo } from './fetchRoomVideo.js';
import type { RoomIdResult } from './fetchRoomId.js';
import type { RestOptions } from './restRequest.js';

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
  return (await import('./fetchRoomId.js')).fetchRoomId(uniqueId, options);
}

/**
 * Fetches the LIVE video stream URL of a creator from Euler's
 * `GET /webcast/room_video` (Business plan; accepts a JWT, so it works from
 * browsers). Auth goes in a header (`x-api-key` or `x-jwt-key`), never in
 * the URL.
 *
 * @throws TypeError - bad `uniqueId`, bad `streamType`, or not exactly one of `apiKey` / `jwt`.
 * @throws RoomVideoError - non-2xx status, body `code` ≠ 200, unreadable body or network failure.
 * @example
 * ```ts
 * const video = await fetchRoomVideo('some_creator', { jwt, streamType: 'hls_sd' });
 * if (video.url) hls.loadSource(video.url);
 * ```
 */
export async function fetchRoomVideo(uniqueId: string, options: FetchRoomVideoOptions): Promise<RoomVideo> {
  return (await import('./fetchRoomVideo.js')).fetchRoomVideo(uniqueId, options);
}
