/**
 * The demos' backend: three small JSON routes that the Vite dev/preview server (and the e2e
 * tests' static server) mount as a Connect-style middleware.
 *
 * - `GET  /api/live-config` → `{ wsUrl, service, creators }`: where the page connects. Never a key.
 * - `POST /api/jwt {uniqueId}` → `{ token, uniqueId, expiresAt }`: `createJwtHandler` of
 *   `@tiktok-live-rx/server`, a 60 s JWT for that one creator, minted with the API key, which
 *   stays in this process.
 * - `GET  /api/room-video?uniqueId=…&streamType=…` → `{ uniqueId, url, streamType }`:
 *   `createRoomVideoHandler`, the room's HLS URL without the key.
 *
 * With no `EULER_API_KEY` it starts the embedded simulator (port 0, a fresh random API key);
 * with `EULER_API_KEY` and `EULER_ACCOUNT_ID` it points the page at the real service.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createJwtHandler, createRoomVideoHandler, toNodeHandler, type JwtHandlerOptions, type RateLimitConfig } from '@tiktok-live-rx/server';
import { createSimulator, type Simulator, type SimulatorOptions } from '@tiktok-live-rx/simulator';
import { DEMO_API } from './client/demoApi.js';
import type { LiveConfig } from './client/liveConfig.js';

/** Options of {@link createLiveBackend}. */
export interface LiveBackendOptions {
  /**
   * Environment to read `EULER_API_KEY`, `EULER_ACCOUNT_ID`, and optionally `EULER_WS_URL`
   * and `EULER_REST_URL` from.
   * @default process.env
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Options of the embedded simulator (simulator mode only). The backend holds its API key:
   * `apiKeys[0]`, or a fresh random key when none is given.
   * @default { port: 0 } with a random API key
   */
  simulator?: SimulatorOptions;
  /**
   * Lifetime, scope and label of the minted tokens.
   * @default { expireAfter: 60, maxWebSockets: 1, name: 'tiktok-live-rx-demo' }
   */
  jwt?: Pick<JwtHandlerOptions, 'expireAfter' | 'maxWebSockets' | 'name' | 'timeoutMs'>;
  /**
   * Per-client limit of `/api/jwt` and `/api/room-video` (each counted on its own). A demo tab
   * that switches creators often stays well below it.
   * @default { limit: 120, windowMs: 60000 }
   */
  rateLimit?: false | RateLimitConfig;
}

/** Connect-style middleware (what Vite's `server.middlewares.use` takes). */
export type LiveBackendHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A running backend. */
export interface LiveBackend {
  /** The public config the page gets. */
  readonly config: LiveConfig;
  /** The embedded simulator (simulator mode), for control and tests; `undefined` against the real service. */
  readonly simulator: Simulator | undefined;
  /** Serves `/api/live-config`, `/api/jwt` and `/api/room-video`; passes every path outside `/api/` to `next`. */
  readonly handle: LiveBackendHandler;
  /** Stops the embedded simulator; idempotent. */
  close(): Promise<void>;
}

/** The real service's WebSocket endpoint. */
export const EULER_WS_URL = 'wss://ws.eulerstream.com';
/** The real service's REST base. */
export const EULER_REST_URL = 'https://tiktok.eulerstream.com';
/** The simulator's built-in creators the pages offer as quick picks. */
export const SIMULATOR_CREATORS = ['tv_asahi_news', 'gift_storm', 'ending_creator', 'offline_creator'] as const;

/** Where the tokens come from: the simulator's REST port, or the real service. */
interface MintTarget {
  readonly restUrl: string;
  readonly accountId: number;
  readonly apiKey: string;
}

/**
 * Starts the backend: the embedded simulator, or the real service when `EULER_API_KEY`
 * and `EULER_ACCOUNT_ID` are set (one without the other is a `TypeError` that says so).
 *
 * @example
 * ```ts
 * const backend = await createLiveBackend();
 * viteServer.middlewares.use(backend.handle);
 * ```
 */
export async function createLiveBackend(options: LiveBackendOptions = {}): Promise<LiveBackend> {
  const { env = process.env, simulator: simulatorOptions = {}, jwt: jwtOptions = {}, rateLimit = { limit: 120, windowMs: 60_000 } } = options;
  const euler = eulerTarget(env);

  let simulator: Simulator | undefined;
  let target: MintTarget;
  let config: LiveConfig;
  if (euler) {
    target = euler.target;
    config = { wsUrl: euler.wsUrl, service: 'euler-stream', creators: ['tv_asahi_news'] };
  } else {
    // A fresh key per run: the demo shows that the page works without ever holding it.
    const apiKeys = simulatorOptions.apiKeys ?? [`sim-${randomUUID()}`];
    simulator = await createSimulator({ port: 0, ...simulatorOptions, apiKeys });
    target = { restUrl: simulator.httpUrl, accountId: simulator.accountId, apiKey: apiKeys[0] ?? '' };
    config = { wsUrl: simulator.wsUrl, service: 'simulator', creators: [...SIMULATOR_CREATORS] };
  }
  const configBody = JSON.stringify(config);
  const shared = { apiKey: target.apiKey, restUrl: target.restUrl, rateLimit, timeoutMs: jwtOptions.timeoutMs };
  const routes = new Map<string, ReturnType<typeof toNodeHandler>>([
    [DEMO_API.jwt, toNodeHandler(createJwtHandler({ ...shared, accountId: target.accountId, name: 'tiktok-live-rx-demo', ...jwtOptions }))],
    [DEMO_API.roomVideo, toNodeHandler(createRoomVideoHandler(shared))],
  ]);

  let closing: Promise<void> | undefined;
  return {
    config,
    simulator,
    handle(req, res, next) {
      const path = new URL(req.url ?? '/', 'http://backend.invalid').pathname;
      if (path !== '/api' && !path.startsWith('/api/')) return next();
      if (path === DEMO_API.liveConfig) return serveConfig(req, res, configBody);
      const route = routes.get(path);
      if (route !== undefined) return route(req, res);
      sendJson(res, 404, JSON.stringify({ code: 'not-found', error: `No such endpoint: ${path}` }));
    },
    close() {
      closing ??= simulator ? simulator.close() : Promise.resolve();
      return closing;
    },
  };
}

function serveConfig(req: IncomingMessage, res: ServerResponse, body: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, JSON.stringify({ code: 'method-not-allowed', error: 'Use GET.' }), { allow: 'GET, HEAD' });
  }
  sendJson(res, 200, body);
}

function sendJson(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** The real service's target from the environment, or `undefined` for the simulator. */
function eulerTarget(env: Readonly<Record<string, string | undefined>>): { wsUrl: string; target: MintTarget } | undefined {
  const apiKey = env['EULER_API_KEY']?.trim() ?? '';
  const account = env['EULER_ACCOUNT_ID']?.trim() ?? '';
  if (apiKey === '' && account === '') return undefined;
  if (apiKey === '' || account === '') {
    throw new TypeError(
      'Set both EULER_API_KEY and EULER_ACCOUNT_ID to use the real service (the account id mints the JWTs), or neither to use the embedded simulator.',
    );
  }
  const accountId = Number(account);
  if (!Number.isSafeInteger(accountId) || accountId <= 0) {
    throw new TypeError(`EULER_ACCOUNT_ID must be your numeric Euler account id (got "${account}").`);
  }
  return {
    wsUrl: env['EULER_WS_URL']?.trim() || EULER_WS_URL,
    target: { restUrl: env['EULER_REST_URL']?.trim() || EULER_REST_URL, accountId, apiKey },
  };
}
