import { restGet, type RestOptions } from './restRequest.js';
import { RoomVideoError } from './roomVideoError.js';
import { check, oneOf } from '../validation/optionChecks.js';

/** Renditions `/webcast/room_video` can return (PROTOCOL.md §4.4). */
export type RoomVideoStreamType = 'hls_ld' | 'hls_sd' | 'flv_ld' | 'flv_sd';

const STREAM_TYPES: readonly RoomVideoStreamType[] = ['hls_ld', 'hls_sd', 'flv_ld', 'flv_sd'];

/** Options for {@link fetchRoomVideo}. */
export interface FetchRoomVideoOptions extends RestOptions {
  /** Which rendition to ask for; omitted → the service default (HLS SD). @default undefined */
  streamType?: RoomVideoStreamType;
}

/** The room video response. The body is undocumented, so `url` is read when present and `raw` keeps the rest. */
export interface RoomVideo {
  /** Playable stream URL (HLS `.m3u8` or FLV), when the body has a string `url`. */
  url: string | undefined;
  /** The rendition: the body's `streamType` when valid, else the one requested, else `undefined`. */
  streamType: RoomVideoStreamType | undefined;
  /** The whole JSON body. */
  raw: Record<string, unknown>;
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
  const requested = check<RoomVideoStreamType | undefined>('fetchRoomVideo', 'streamType', options?.streamType, oneOf(STREAM_TYPES));
  const body = await restGet(
    '/webcast/room_video',
    uniqueId,
    { streamType: requested },
    options,
    (message, details) => new RoomVideoError(message, details),
  );
  const url = typeof body['url'] === 'string' && body['url'] !== '' ? body['url'] : undefined;
  const echoed = body['streamType'];
  const streamType = STREAM_TYPES.find((t) => t === echoed) ?? requested;
  return { url, streamType, raw: body };
}
