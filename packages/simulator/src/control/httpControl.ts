import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpDeps } from '../server/handleHttpRequest.js';
import type { GiftStormOptions, InjectItem } from '../types.js';
import { readJsonBody, safeDecode, sendError, sendJson } from '../rest/httpJson.js';

/** Creator actions under `POST /_sim/creators/:id/<action>`. */
const CREATOR_ACTIONS = ['live', 'inject', 'raw', 'close', 'drop', 'stall', 'end', 'gift-storm', 'replay'] as const;

/**
 * HTTP mirror of the programmatic control API (`/_sim/...`):
 * `GET /_sim/stats`, `GET /_sim/creators`, `GET /_sim/handshakes`, `POST /_sim/jwt`,
 * `POST /_sim/creators/:id/{live,inject,raw,close,drop,stall,end,gift-storm,replay}`.
 */
export async function httpControl(req: IncomingMessage, res: ServerResponse, parts: string[], deps: HttpDeps): Promise<void> {
  const method = req.method ?? 'GET';
  const { sim } = deps;
  const [first, id, action, ...rest] = parts;
  const only = (allowed: string): boolean => {
    if (method === allowed) return true;
    sendError(res, 405, `Use ${allowed} for /_sim/${parts.join('/')}`, { allow: allowed });
    return false;
  };

  if (parts.length === 1 && first === 'stats') return void (only('GET') && sendJson(res, 200, { code: 200, ...sim.stats() }));
  if (parts.length === 1 && first === 'handshakes') return void (only('GET') && sendJson(res, 200, { code: 200, handshakes: sim.handshakes }));
  if (parts.length === 1 && first === 'creators') {
    if (!only('GET')) return;
    const stats = sim.stats();
    const creators = sim.creators.map((uniqueId) => ({ uniqueId, live: deps.room(uniqueId)?.live ?? false, sockets: stats.byCreator[uniqueId] ?? 0 }));
    return sendJson(res, 200, { code: 200, creators });
  }
  if (parts.length === 1 && first === 'jwt') {
    if (!only('POST')) return;
    const body = await readJsonBody(req);
    if (!body.ok) return sendError(res, body.status, body.message);
    try {
      return sendJson(res, 200, { code: 200, token: await sim.createJwt(body.value as never) });
    } catch (error) {
      return sendError(res, 400, messageOf(error));
    }
  }
  if (first !== 'creators' || id === undefined || action === undefined || rest.length > 0) {
    return sendError(res, 404, `Unknown control path /_sim/${parts.join('/')}`);
  }
  if (!(CREATOR_ACTIONS as readonly string[]).includes(action)) {
    return sendError(res, 404, `Unknown action "${action}": use one of ${CREATOR_ACTIONS.join(', ')}`);
  }
  if (!only('POST')) return;
  const uniqueId = safeDecode(id);
  if (uniqueId === undefined) return sendError(res, 400, 'Malformed percent-encoding in the creator id');
  if (action !== 'live' && !deps.room(uniqueId)) return sendError(res, 404, `Unknown creator @${uniqueId}`);
  const read = await readJsonBody(req);
  if (!read.ok) return sendError(res, read.status, read.message);
  const body = (read.value ?? {}) as Record<string, unknown>;
  if (typeof body !== 'object' || body === null) return sendError(res, 400, 'body must be a JSON object');
  try {
    switch (action) {
      case 'live':
        if (body['live'] !== undefined && typeof body['live'] !== 'boolean') return sendError(res, 400, 'live must be a boolean');
        sim.setLive(uniqueId, body['live'] !== false);
        break;
      case 'inject': {
        const items = Array.isArray(read.value) ? read.value : body['items'];
        if (!Array.isArray(items)) return sendError(res, 400, 'send {items: [{type, data}], schema?} or an array of items');
        const schema = body['schema'];
        if (schema !== undefined && schema !== 'v2' && schema !== 'v3') return sendError(res, 400, 'schema must be v2 or v3');
        sim.inject(uniqueId, items as InjectItem[], schema ? { schema } : undefined);
        break;
      }
      case 'raw':
        if (typeof body['frame'] !== 'string') return sendError(res, 400, 'send {frame: string}');
        sim.sendRaw(uniqueId, body['frame']);
        break;
      case 'close':
        if (typeof body['code'] !== 'number') return sendError(res, 400, 'send {code: number, reason?: string}');
        sim.closeSockets(uniqueId, body['code'], typeof body['reason'] === 'string' ? body['reason'] : undefined);
        break;
      case 'drop':
        sim.dropSockets(uniqueId);
        break;
      case 'stall':
        if (body['ms'] !== undefined && typeof body['ms'] !== 'number') return sendError(res, 400, 'ms must be a number');
        sim.stallSockets(uniqueId, body['ms'] as number | undefined);
        break;
      case 'end':
        sim.endStream(uniqueId);
        break;
      case 'gift-storm':
        sim.giftStorm(uniqueId, body as GiftStormOptions);
        break;
      case 'replay': {
        const source = body['lines'] ?? body['path'];
        if (!(typeof source === 'string' || (Array.isArray(source) && source.every((l) => typeof l === 'string')))) {
          return sendError(res, 400, 'send {lines: string[]} or {path: string}, and optionally {speed}');
        }
        const speed = body['speed'];
        if (speed !== undefined && typeof speed !== 'number') return sendError(res, 400, 'speed must be a number');
        sim.replay(uniqueId, source as string | string[], speed === undefined ? {} : { speed });
        break;
      }
    }
  } catch (error) {
    return sendError(res, 400, messageOf(error));
  }
  sendJson(res, 200, { code: 200, message: 'OK', ...sim.stats() });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
