import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { CLOSE_REASONS, CloseCode, eulerNormalizeUniqueId } from '@tiktok-live-rx/protocol';
import type { JwtGrant, JwtIssuer } from '../auth/jwtIssuer.js';
import type { ConnectionLimits } from '../auth/connectionLimits.js';
import { redactUrl } from '@tiktok-live-rx/protocol';
import { customItem } from '../payloads/outItem.js';
import { roomInfoData, streamUrls } from '../payloads/roomInfo.js';
import type { CreatorRoom } from '../rooms/creatorRoom.js';
import type { Handshake } from '../types.js';
import { parseConnectQuery } from './parseConnectQuery.js';
import { SocketSession } from './socketSession.js';

/** How many connect attempts `sim.handshakes` keeps. */
export const MAX_HANDSHAKES = 10_000;

/** What the connect flow needs from the simulator. */
export interface ConnectDeps {
  apiKeys: ReadonlySet<string>;
  accountId: number;
  jwt: JwtIssuer;
  limits: ConnectionLimits;
  room(uniqueId: string): CreatorRoom | undefined;
  handshakes: Handshake[];
  httpUrl(): string;
  timeScale: number;
  lifetimeMs: number;
  workerInfoBeforeNotLive: boolean;
  nextSocketId(): string;
  log(line: string): void;
}

/**
 * The service's connect flow for one upgraded socket (PROTOCOL.md §6):
 * options (4400) → auth (4401) → allowedCreators (4403) → limits (4429) →
 * live (4404) → workerInfo, roomInfo, tiktok.connect, then room events.
 * Every refusal opens first and then closes, so browsers see the code.
 */
export async function acceptConnection(ws: WebSocket, req: IncomingMessage, deps: ConnectDeps): Promise<void> {
  const id = deps.nextSocketId();
  const parsed = parseConnectQuery(req.url);
  const handshake: Handshake = { at: Date.now(), uniqueId: parsed.ok ? parsed.request.uniqueId : parsed.uniqueId, query: parsed.query };
  deps.handshakes.push(handshake);
  // Bounded history for long-running demos: keep the newest MAX_HANDSHAKES.
  if (deps.handshakes.length > MAX_HANDSHAKES) deps.handshakes.splice(0, deps.handshakes.length - MAX_HANDSHAKES);
  deps.log(`connect ${id} ${redactUrl(req.url ?? '/')}`);
  // A client may send anything (the service ignores it); oversize frames make `ws` close with 1009.
  ws.on('error', (error) => deps.log(`socket ${id} error: ${error.message}`));
  ws.on('close', (code) => {
    handshake.closeCode ??= code;
  });

  const refuse = (code: number, detail: string) => {
    handshake.closeCode = code;
    deps.log(`close ${id} code=${code} (${CLOSE_REASONS[code] ?? ''}: ${detail})`);
    if (ws.readyState === ws.OPEN) ws.close(code, CLOSE_REASONS[code] ?? '');
  };

  if (!parsed.ok) return refuse(CloseCode.INVALID_OPTIONS, parsed.message);
  const { request } = parsed;

  let grant: JwtGrant | undefined;
  const apiKeyOk = request.apiKey !== undefined && deps.apiKeys.has(request.apiKey);
  if (!apiKeyOk) {
    grant = request.jwtKey ? await deps.jwt.verify(request.jwtKey) : undefined;
    if (ws.readyState !== ws.OPEN) return; // the client left while we verified
    if (!grant || grant.accountId !== deps.accountId) {
      const what = request.apiKey === undefined && request.jwtKey === undefined ? 'no apiKey or jwtKey' : 'unknown or expired credential';
      return refuse(CloseCode.INVALID_AUTH, what);
    }
    if (grant.allowedCreators !== null) {
      const target = request.uniqueId.toLowerCase();
      const allowed = grant.allowedCreators.some((c) => eulerNormalizeUniqueId(c).toLowerCase() === target);
      if (!allowed) return refuse(CloseCode.NO_PERMISSION, `JWT does not allow @${request.uniqueId}`);
    }
  }

  const refusal = deps.limits.check(deps.accountId, grant ? { id: grant.id, max: grant.maxWebSockets } : undefined);
  if (refusal) return refuse(CloseCode.TOO_MANY_CONNECTIONS, `${refusal} limit`);

  const room = deps.room(request.uniqueId);
  if (!room || !room.live) {
    if (deps.workerInfoBeforeNotLive) ws.send(JSON.stringify({ type: 'workerInfo', data: workerInfo(id, request.features) }));
    return refuse(CloseCode.NOT_LIVE, room ? 'creator offline' : 'unknown creator');
  }

  deps.limits.acquire(deps.accountId, grant?.id);
  const session = new SocketSession(id, ws, room.info.uniqueId, request.features, handshake, { account: deps.accountId, jwtId: grant?.id }, {
    inactivityMs: Math.max(1, request.features.closeInactiveWebSocketAfter * 1000 * deps.timeScale),
    lifetimeMs: deps.lifetimeMs,
    presenceLeaveMs: Math.max(1, request.features.syntheticPresenceLeaveAfter * 1000 * deps.timeScale),
    onGone: (s) => {
      room.detach(s);
      deps.limits.release(s.limitKeys.account, s.limitKeys.jwtId);
    },
    log: deps.log,
  });
  // Session start (PROTOCOL.md §2.5, §6.5): workerInfo, roomInfo, tiktok.connect, each its own frame.
  session.deliver([customItem('workerInfo', workerInfo(id, request.features))]);
  session.deliver([customItem('roomInfo', roomInfoData(room.info, room.counters, streamUrls(deps.httpUrl(), room.info.uniqueId), true, room.startedAt))]);
  session.deliver([customItem('tiktok.connect', { agentId: `sim-agent-${(Number(id.replace(/\D/g, '')) % 4) + 1}` })]);
  deps.log(`open ${id} @${room.info.uniqueId} schema=${session.schema} bundle=${session.bundle}`);
  room.attach(session);
}

function workerInfo(id: string, features: object): object {
  const f = features as { schemaVersion: string };
  return { webSocketId: id, schemaVersion: f.schemaVersion, features };
}
