import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JwtGrant, JwtIssuer } from '../auth/jwtIssuer.js';
import { httpControl } from '../control/httpControl.js';
import { redactUrl } from '@tiktok-live-rx/protocol';
import { createJwtRoute } from '../rest/createJwtRoute.js';
import { CORS_HEADERS, sendError, sendJson } from '../rest/httpJson.js';
import { mediaRoute } from '../rest/mediaRoute.js';
import { pictureRoute } from '../rest/pictureRoute.js';
import { roomIdRoute } from '../rest/roomIdRoute.js';
import { roomVideoRoute } from '../rest/roomVideoRoute.js';
import type { CreatorRoom } from '../rooms/creatorRoom.js';
import type { Simulator } from '../types.js';

/** What the HTTP routes need. */
export interface HttpDeps {
  sim: Simulator;
  jwt: JwtIssuer;
  apiKeys: ReadonlySet<string>;
  accountId: number;
  room(uniqueId: string): CreatorRoom | undefined;
  /** Counts one REST request against a JWT's `limits.minute`; false when over. */
  rateLimit(grant: JwtGrant): boolean;
  log(line: string): void;
}

/**
 * Routes HTTP requests: REST (PROTOCOL.md §4), the media the stream URLs point
 * at, the pictures the payloads point at, and `/_sim/` control. Unknown paths → 404, wrong methods → 405, all as
 * JSON with a `code`.
 */
export async function handleHttpRequest(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://simulator.invalid');
  } catch {
    return sendError(res, 400, 'Malformed request URL');
  }
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean);
  deps.log(`http ${method} ${redactUrl(req.url ?? '/')}`);
  // CORS preflight for the REST API (browsers send it before a POST with JSON or an x-*-key header).
  if (method === 'OPTIONS' && parts[0] !== '_sim') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  const allow = (expected: string): boolean => {
    if (method === expected || (expected === 'GET' && method === 'HEAD')) return true;
    sendError(res, 405, `Method ${method} not allowed on ${url.pathname}: use ${expected}`, { allow: expected });
    return false;
  };

  if (parts[0] === '_sim') return httpControl(req, res, parts.slice(1), deps);
  if (parts.length === 4 && parts[0] === 'accounts' && parts[2] === 'jwt' && parts[3] === 'create') {
    if (allow('POST')) await createJwtRoute(req, res, parts[1] as string, url.searchParams, deps);
    return;
  }
  if (url.pathname === '/webcast/room_video') {
    if (allow('GET')) await roomVideoRoute(req, res, url.searchParams, deps);
    return;
  }
  if (url.pathname === '/webcast/room_id') {
    if (allow('GET')) await roomIdRoute(req, res, url.searchParams, deps);
    return;
  }
  if (parts[0] === 'media') {
    if (allow('GET')) await mediaRoute(res, parts.slice(1), deps);
    return;
  }
  if (parts[0] === 'pictures') {
    if (allow('GET')) pictureRoute(req, res, parts.slice(1));
    return;
  }
  if (url.pathname === '/') {
    if (allow('GET')) {
      sendJson(res, 200, {
        code: 200,
        message: 'tiktok-live-rx simulator: connect a WebSocket to this URL with ?uniqueId=…&apiKey=…',
        ws: deps.sim.wsUrl,
        creators: deps.sim.creators,
      });
    }
    return;
  }
  sendError(res, 404, `Not found: ${url.pathname}`);
}
