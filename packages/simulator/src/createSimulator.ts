import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { CloseCode } from '@tiktok-live-rx/protocol';
import { createConnectionLimits } from './auth/connectionLimits.js';
import { createJwtIssuer, type JwtGrant } from './auth/jwtIssuer.js';
import { validateJwtCreateConfig } from './auth/validateJwtCreateConfig.js';
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_MAX_CLIENT_PAYLOAD,
  DEFAULT_MAX_SOCKETS_PER_ACCOUNT,
  DEMO_API_KEY,
  MAX_LIFETIME_MS,
} from './defaults.js';
import { giftCatalogAt, isCheapGift } from './generators/giftCatalog.js';
import { createPictureUrls } from './pictures/pictureUrls.js';
import { giftStreak } from './generators/giftStreak.js';
import { customItem, injectedItem, type OutItem } from './payloads/outItem.js';
import type { SimGift, SimUser } from './payloads/simEvent.js';
import { startReplay } from './replay.js';
import { BUILTIN_CREATORS } from './rooms/builtinCreators.js';
import { CreatorRoom, type RoomEnvironment } from './rooms/creatorRoom.js';
import { resolveScenario } from './scenarios/index.js';
import { acceptConnection } from './server/acceptConnection.js';
import { handleHttpRequest } from './server/handleHttpRequest.js';
import type { Handshake, InjectItem, ReplayHandle, Simulator, SimulatorOptions } from './types.js';

/**
 * Starts a local stand-in for the Euler Stream WebSocket + REST service on one
 * port (WebSocket upgrades and HTTP share it).
 * @example
 * const sim = await createSimulator({ seed: 42 });
 * const ws = new WebSocket(`${sim.wsUrl}/?uniqueId=tv_asahi_news&apiKey=${sim.apiKey}`);
 * // … workerInfo, roomInfo, tiktok.connect, then WebcastChatMessage bundles
 * await sim.close();
 */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const timeScale = positive(options.timeScale ?? 1, 'timeScale');
  const eventRate = positive(options.eventRate ?? 1, 'eventRate');
  const seed = options.seed ?? 1;
  const apiKeys = options.apiKeys ?? [DEMO_API_KEY];
  if (apiKeys.length === 0 || !apiKeys.every((k) => typeof k === 'string' && k !== '')) {
    throw new TypeError('apiKeys must be a non-empty array of non-empty strings');
  }
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const maxSocketsPerAccount = options.maxSocketsPerAccount ?? DEFAULT_MAX_SOCKETS_PER_ACCOUNT;
  const log = options.log ?? (() => {});
  const lifetimeMs = options.maxLifetimeMs ?? MAX_LIFETIME_MS * timeScale;

  let msgCounter = 0n;
  const msgBase = 7_300_000_000_000_000_000n + BigInt(seed >>> 0) * 1_000_000_000n;
  const env: RoomEnvironment = {
    seed,
    timeScale,
    eventRate,
    nextMsgId: () => String(msgBase + ++msgCounter),
    resolveScenario,
    log,
    httpUrl: () => httpUrl,
  };
  const rooms = new Map<string, CreatorRoom>();
  const creatorConfigs = options.creators ?? BUILTIN_CREATORS;
  for (const config of creatorConfigs) resolveScenario(config.scenario); // fail fast on unknown names, before listening
  const roomOf = (uniqueId: string): CreatorRoom | undefined => rooms.get(uniqueId.toLowerCase());
  const requireRoom = (uniqueId: string): CreatorRoom => {
    const room = roomOf(uniqueId);
    if (!room) throw new TypeError(`Unknown creator "${uniqueId}": add it with setLive(uniqueId, true) or the creators option`);
    return room;
  };

  const jwt = createJwtIssuer({
    secret: options.jwtSecret ?? randomBytes(32).toString('hex'),
    accountId,
    defaultMaxWebSockets: maxSocketsPerAccount,
  });
  const limits = createConnectionLimits({
    maxPerAccount: maxSocketsPerAccount,
    maxConnectsPerSecond: options.maxConnectsPerSecond ?? Number.POSITIVE_INFINITY,
  });
  const handshakes: Handshake[] = [];
  const replays = new Set<ReplayHandle>();
  let socketCounter = 0;
  let httpUrl = '';
  let closed = false;
  let gifts: readonly SimGift[] = [];

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxClientPayload ?? DEFAULT_MAX_CLIENT_PAYLOAD,
    autoPong: false, // sessions pong themselves, so a stalled socket can stop answering
    perMessageDeflate: false,
  });
  const sockets = new Set<Socket>();

  const sim: Simulator = {
    get wsUrl() {
      return httpUrl.replace(/^http/, 'ws');
    },
    get httpUrl() {
      return httpUrl;
    },
    get gifts() {
      return gifts;
    },
    get pictures() {
      return createPictureUrls(httpUrl);
    },
    apiKey: apiKeys[0] as string,
    accountId,
    handshakes,
    get creators() {
      return [...rooms.values()].map((r) => r.info.uniqueId);
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const handle of replays) handle.stop();
      for (const room of rooms.values()) {
        room.dispose();
        for (const session of [...room.sessions]) session.close(CloseCode.GOING_AWAY, 'Simulator shutting down');
      }
      // Give clients a moment to receive the 1001 close frame, then cut whoever is left.
      const deadline = Date.now() + 300;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      wss.close();
    },
    setLive(uniqueId, live) {
      let room = roomOf(uniqueId);
      if (!room) {
        room = new CreatorRoom({ uniqueId, live, scenario: 'silent' }, env);
        rooms.set(room.info.uniqueId, room);
        return;
      }
      room.setLive(live);
    },
    inject(uniqueId, items, opts) {
      const room = requireRoom(uniqueId);
      room.broadcast(items.map((item) => toOutItem(room, item, opts?.schema ?? 'v2')));
    },
    sendRaw(uniqueId, frame) {
      for (const session of [...requireRoom(uniqueId).sessions]) session.sendRaw(frame);
    },
    endStream(uniqueId) {
      requireRoom(uniqueId).endStream();
    },
    closeSockets(uniqueId, code, reason) {
      if (!isSendableCloseCode(code)) {
        throw new TypeError(`Close code ${code} cannot be sent in a close frame: use 1000–1003, 1007–1014 or 3000–4999 (dropSockets gives 1006)`);
      }
      if (reason !== undefined && (typeof reason !== 'string' || Buffer.byteLength(reason) > 123)) {
        throw new TypeError('A close reason must be a string of at most 123 bytes (UTF-8)');
      }
      for (const session of [...requireRoom(uniqueId).sessions]) session.close(code, reason);
    },
    dropSockets(uniqueId) {
      for (const session of [...requireRoom(uniqueId).sessions]) session.drop();
    },
    stallSockets(uniqueId, ms) {
      for (const session of requireRoom(uniqueId).sessions) session.stall(ms);
    },
    giftStorm(uniqueId, opts = {}) {
      const room = requireRoom(uniqueId);
      const streaks = bounded(opts.streaks ?? 20, 'streaks', 1, 1000);
      const maxRepeat = bounded(opts.maxRepeat ?? 15, 'maxRepeat', 1, 500);
      const duration = bounded(opts.durationMs ?? 3000, 'durationMs', 0, 600_000);
      const rng = room.rng.fork(`storm${Date.now()}`);
      for (let s = 0; s < streaks; s++) {
        const user = room.users.pick();
        const gift = rng.chance(0.85) ? rng.pick(room.gifts.filter(isCheapGift)) : rng.pick(room.gifts);
        const groupId = String(BigInt(Date.now()) * 1000n + BigInt(s));
        const start = rng.int(0, duration);
        giftStreak(user, gift, rng.int(1, maxRepeat), groupId).forEach((event, i) => {
          room.roomTimer(start + i * 150 + (event.repeatEnd ? 600 : 0), () => room.emit([event]));
        });
      }
    },
    stats() {
      const byCreator: Record<string, number> = {};
      let total = 0;
      for (const room of rooms.values()) {
        if (room.sessions.size === 0) continue;
        byCreator[room.info.uniqueId] = room.sessions.size;
        total += room.sessions.size;
      }
      return { sockets: total, byCreator };
    },
    bufferedBytes(uniqueId) {
      const list = uniqueId === undefined ? [...rooms.values()] : [requireRoom(uniqueId)];
      let total = 0;
      for (const room of list) for (const session of room.sessions) total += session.ws.bufferedAmount;
      return total;
    },
    async createJwt(config) {
      const checked = validateJwtCreateConfig(config);
      if (!checked.ok) throw new TypeError(`Invalid JWT config: ${checked.message}`);
      return (await jwt.issue(checked.config)).token;
    },
    replay(uniqueId, source, opts) {
      const room = requireRoom(uniqueId);
      const handle = startReplay(room, source, opts ?? {}, log);
      replays.add(handle);
      void handle.done.then(() => replays.delete(handle));
      return handle;
    },
  };

  const restHits = new Map<string, number[]>();
  const rateLimit = (grant: JwtGrant): boolean => {
    if (grant.requestsPerMinute <= 0) return true;
    const now = Date.now();
    const hits = (restHits.get(grant.id) ?? []).filter((t) => now - t < 60_000);
    hits.push(now);
    restHits.set(grant.id, hits);
    return hits.length <= grant.requestsPerMinute;
  };
  const server: Server = createServer((req, res) => {
    handleHttpRequest(req, res, { sim, jwt, apiKeys: new Set(apiKeys), accountId, room: roomOf, rateLimit, log }).catch((error: unknown) => {
      log(`http error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 500, message: 'Internal simulator error' }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const apiKeySet = new Set(apiKeys);
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (closed) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      acceptConnection(ws, req, {
        apiKeys: apiKeySet,
        accountId,
        jwt,
        limits,
        room: roomOf,
        handshakes,
        httpUrl: () => httpUrl,
        timeScale,
        lifetimeMs,
        workerInfoBeforeNotLive: options.workerInfoBeforeNotLive ?? false,
        nextSocketId: () => `sim-ws-${++socketCounter}`,
        log,
      }).catch((error: unknown) => {
        log(`connect error: ${error instanceof Error ? error.message : String(error)}`);
        if (ws.readyState === ws.OPEN) ws.close(CloseCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  httpUrl = `http://${urlHost}:${address.port}`;
  gifts = giftCatalogAt(httpUrl);
  // Rooms are created once the port is known, so their pictures point at it. No socket can
  // arrive before this: connections are handled on later turns of the event loop.
  try {
    for (const config of creatorConfigs) rooms.set(config.uniqueId.toLowerCase(), new CreatorRoom(config, env));
  } catch (error) {
    // A bad creator config must not leave a listening server behind.
    await sim.close();
    throw error;
  }
  log(`listening on ${httpUrl}`);
  return sim;
}

function toOutItem(room: CreatorRoom, item: InjectItem, schema: 'v2' | 'v3'): OutItem {
  if (typeof item?.type !== 'string' || typeof item.data !== 'object' || item.data === null) {
    throw new TypeError('inject items must be {type: string, data: object}');
  }
  const tiktok = item.type.startsWith('Webcast') || item.type === 'RoomVerifyMessage';
  if (!tiktok) return customItem(item.type, item.data);
  const data = { ...(item.data as Record<string, unknown>) };
  const meta = room.nextMeta();
  const common = typeof data['common'] === 'object' && data['common'] !== null ? { ...(data['common'] as object) } : {};
  const c = common as Record<string, unknown>;
  c['method'] ??= item.type;
  c['msgId'] ??= meta.msgId;
  c['roomId'] ??= meta.roomId;
  c['createTime'] ??= String(meta.createTime);
  data['common'] = common;
  return injectedItem(item.type, data, schema, true, userOf(data['user']));
}

function userOf(value: unknown): SimUser[] {
  if (typeof value !== 'object' || value === null) return [];
  const u = value as Record<string, unknown>;
  const userId = u['userId'] ?? u['id'];
  if (typeof userId !== 'string' || userId === '') return [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const pic = (u['profilePicture'] ?? u['avatarThumb']) as { url?: unknown; urlList?: unknown } | undefined;
  const urls = pic?.url ?? pic?.urlList;
  return [
    {
      userId,
      uniqueId: str(u['uniqueId'] ?? u['displayId']),
      nickname: str(u['nickname']),
      avatarUrl: Array.isArray(urls) ? str(urls[0]) : '',
      secUid: str(u['secUid']),
      followerCount: 0,
      followingCount: 0,
    },
  ];
}

function bounded(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new TypeError(`giftStorm ${name} must be a number from ${min} to ${max}`);
  }
  return Math.floor(value);
}

function positive(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number`);
  }
  return value;
}

function isSendableCloseCode(code: number): boolean {
  return (
    Number.isInteger(code) &&
    ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999))
  );
}
