import type { IncomingMessage, ServerResponse } from 'node:http';
import { eulerNormalizeUniqueId } from '@tiktok-live-rx/protocol';
import type { HttpDeps } from '../server/handleHttpRequest.js';
import { authenticateRest } from './authenticateRest.js';
import { sendError, sendJson } from './httpJson.js';

/**
 * `GET /webcast/room_id?uniqueId` (PROTOCOL.md §4.5): the cheap is-live probe.
 * Answers `{code, ok, routes_attempted, room_id, is_live}`.
 */
export async function roomIdRoute(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, deps: HttpDeps): Promise<void> {
  const auth = await authenticateRest(req, query, deps, true);
  if (!auth.ok) return sendError(res, 401, auth.message);
  if (auth.grant && !deps.rateLimit(auth.grant)) return sendError(res, 429, 'JWT request limit reached');
  const uniqueId = eulerNormalizeUniqueId(query.get('uniqueId') ?? '');
  if (uniqueId === '') return sendError(res, 400, 'uniqueId is required');
  const room = deps.room(uniqueId);
  if (!room) return sendJson(res, 404, { code: 404, message: `Unknown creator @${uniqueId}`, ok: false, routes_attempted: ['simulator'] });
  sendJson(res, 200, { code: 200, ok: true, routes_attempted: ['simulator'], room_id: room.info.roomId, is_live: room.live });
}
