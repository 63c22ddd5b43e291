import EulerStreamApiClient, { StreamType } from '@eulerstream/euler-api-sdk';
import { callEuler } from './callEuler.js';
import { createCreatorHandler, fail } from './createCreatorHandler.js';
import type { FetchHandler } from './fetchHandler.js';
import { resolveHandlerOptions, type EulerHandlerOptions } from './handlerOptions.js';
import { jsonResponse } from './jsonResponse.js';
import { upstreamFailure } from './upstreamFailure.js';

/** Options of {@link createRoomVideoHandler}: the shared ones (no account id needed). */
export type RoomVideoHandlerOptions = EulerHandlerOptions;

/** What the room-video handler answers on success. */
export interface RoomVideoHandlerResponse {
  /** The normalised handle. */
  readonly uniqueId: string;
  /** The playable stream URL (HLS `.m3u8` or FLV). */
  readonly url: string;
  /** The rendition Euler Stream returned (or the one asked for). */
  readonly streamType: RoomVideoStreamType | undefined;
}

/** A rendition of `/webcast/room_video` (the SDK's `StreamType`: `hls_ld`, `hls_sd`, `flv_ld`, `flv_sd`). */
export type RoomVideoStreamType = StreamType;

const STREAM_TYPES: readonly RoomVideoStreamType[] = Object.values(StreamType);

/**
 * Creates a Fetch-API handler for `GET ?uniqueId=…&streamType=hls_sd` that asks Euler
 * Stream's `/webcast/room_video` with your API key and answers `{ uniqueId, url, streamType }`,
 * so a browser can play the room's video without the key. Same validation, `allowCreator`,
 * rate limit and `{ code, error }` answers as {@link createJwtHandler}; a creator that is not
 * live gets 404 `not-live`.
 *
 * @throws TypeError - a missing API key or another bad option.
 * @see createJwtHandler
 * @example
 * ```ts
 * const roomVideo = createRoomVideoHandler({ apiKey: process.env.EULER_API_KEY! });
 * export const GET = (request: Request) => roomVideo(request); // a Next.js route handler
 * ```
 */
export function createRoomVideoHandler(options: RoomVideoHandlerOptions): FetchHandler {
  const resolved = resolveHandlerOptions('createRoomVideoHandler', options);
  const client = new EulerStreamApiClient(resolved.restUrl === undefined ? { apiKey: resolved.apiKey } : { apiKey: resolved.apiKey, basePath: resolved.restUrl });

  return createCreatorHandler<RoomVideoStreamType | undefined>(resolved, {
    methods: ['GET'],
    async read(request) {
      const query = new URL(request.url).searchParams;
      const raw = query.get('streamType');
      const streamType = raw === null || raw === '' ? undefined : STREAM_TYPES.find((type) => type === raw.toLowerCase());
      if (raw !== null && raw !== '' && streamType === undefined) {
        return fail('invalid-stream-type', `streamType must be one of ${STREAM_TYPES.join(', ')}.`);
      }
      return { uniqueId: query.get('uniqueId') ?? undefined, input: streamType };
    },
    async serve(uniqueId, streamType, request) {
      const outcome = await callEuler(
        (axiosOptions) => client.webcast.retrieveRoomVideo(uniqueId, streamType, axiosOptions),
        resolved.timeoutMs,
        request.signal,
      );
      if (outcome.kind === 'answer' && outcome.status === 404) return fail('not-live', `@${uniqueId} is not live (or not known to Euler Stream).`);
      if (outcome.kind !== 'answer' || outcome.status < 200 || outcome.status > 299) return upstreamFailure(outcome, 'fetching the room video', resolved.redact);
      const { url, streamType: echoed, code } = outcome.body;
      if (code === 404) return fail('not-live', `@${uniqueId} is not live (or not known to Euler Stream).`);
      if (typeof url !== 'string' || url === '') return fail('upstream-error', 'Euler Stream answered without a video URL (fetching the room video).');
      const body: RoomVideoHandlerResponse = {
        uniqueId,
        url: resolved.redact(url),
        streamType: STREAM_TYPES.find((type) => type === echoed) ?? streamType,
      };
      return jsonResponse(200, body);
    },
  });
}
