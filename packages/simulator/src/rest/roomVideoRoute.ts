import type { IncomingMessage, ServerResponse } from 'node:http';
import { eulerNormalizeUniqueId } from '@tiktok-live-rx/protocol';
import { streamUrls } from '../payloads/roomInfo.js';
import type { HttpDeps } from '../server/handleHttpRequest.js';
import { authenticateRest } from './authenticateRest.js';
import { sendError, sendJson } from './httpJson.js';

/** Renditions `/webcast/room_video` accepts (API-SDK `StreamType`). */
export const STREAM_TYPES = ['hls_ld', 'hls_sd', 'flv_ld', 'flv_sd'] as const;

/**
 * `GET /webcast/room_video?uniqueId&streamType` (PROTOCOL.md §4.4): API key or
 * JWT; answers `{code: 200, message: 'OK', url, streamType}` with a URL the
 * simulator serves itself. The response shape is [I].
 */
export async function roomVideoRoute(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, deps: HttpDeps): Promise<void> {
  const auth = await authenticateRest(req, query, deps, true);
  if (!auth.ok) return sendError(res, 401, auth.message);
  const uniqueId = eulerNormalizeUniqueId(query.get('uniqueId') ?? '');
  if (uniqueId === '') return sendError(res, 400, 'uniqueId is required');
  const streamType = (query.get('streamType') ?? 'hls_sd').toLowerCase();
  if (!(STREAM_TYPES as readonly string[]).includes(streamType)) {
    return sendError(res, 400, `streamType must be one of ${STREAM_TYPES.join(', ')}`);
  }
  if (auth.grant && auth.grant.allowedCreators !== null) {
    const allowed = auth.grant.allowedCreators.some((c) => eulerNormalizeUniqueId(c).toLowerCase() === uniqueId.toLowerCase());
    if (!allowed) return sendError(res, 403, `JWT does not allow @${uniqueId}`);
  }
  if (auth.grant && !deps.rateLimit(auth.grant)) return sendError(res, 429, 'JWT request limit reached');
  const room = deps.room(uniqueId);
  if (!room) return sendError(res, 404, `Unknown creator @${uniqueId}`);
  if (!room.live) return sendError(res, 404, 'Streamer is not live');
  const urls = streamUrls(deps.sim.httpUrl, room.info.uniqueId);
  sendJson(res, 200, { code: 200, message: 'OK', url: urls[streamType as keyof typeof urls], streamType });
}
