/**
 * The demo's backend: two small JSON endpoints that the Vite dev/preview server (and the
 * e2e test's static server) mount as a Connect-style middleware.
 *
 * - `GET  /api/live-config` → `{ wsUrl, service, creators }`: where the page connects. Never a key.
 * - `POST /api/jwt {uniqueId}` → `{ token }`: a short-lived JWT for that one creator, minted
 *   through the REST API with the API key, which stays in this process.
 *
 * With no `EULER_API_KEY` it starts the embedded simulator (port 0, a fresh random API key);
 * with `EULER_API_KEY` and `EULER_ACCOUNT_ID` it points the page at the real service.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeUniqueId } from '@tiktok-live-rx/core/protocol';
import { createSimulator, type Simulator, type SimulatorOptions } from '@tiktok-live-rx/simulator';
import { JwtMintError, mintJwt, type JwtMintTarget, type MintJwtOptions } from './mintJwt.js';

/** Which service the page talks to. */
export type LiveService = 'simulator' | 'euler-stream';

/** What `GET /api/live-config` answers. Public: nothing in it is a secret. */
export interface LiveConfig {
  /** The WebSocket endpoint the page connects to (with a JWT as `jwtKey`). */
  readonly wsUrl: string;
  /** `'simulator'` (embedded, the default) or `'euler-stream'` (the real service). */
  readonly service: LiveService;
  /** Creators to offer as quick picks; the first is watched when the page opens. */
  readonly creators: readonly string[];
}

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
   * Lifetime and scope of the minted tokens.
   * @default { expireAfter: 60, maxWebSockets: 1, name: 'react-demo' }
   */
  jwt?: MintJwtOptions;
}

/** Connect-style middleware (what Vite's `server.middlewares.use` takes). */
export type LiveBackendHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A running backend. */
export interface LiveBackend {
  /** The public config the page gets. */
  readonly config: LiveConfig;
  /** The embedded simulator (simulator mode), for control and tests; `undefined` against the real service. */
  readonly simulator: Simulator | undefined;
  /** Serves `/api/live-config` and `/api/jwt`; passes every other path to `next`. */
  readonly handle: LiveBackendHandler;
  /** Stops the embedded simulator; idempotent. */
  close(): Promise<void>;
}

/** The real service's endpoints. */
export const EULER_WS_URL = 'wss://ws.eulerstream.com';
/** The real service's REST base. */
export const EULER_REST_URL = 'https://tiktok.eulerstream.com';
/** The simulator's built-in creators the page offers as quick picks. */
export const SIMULATOR_CREATORS = ['tv_asahi_news', 'gift_storm', 'ending_creator', 'offline_creator'] as const;

/** Largest `/api/jwt` body accepted (it only carries a handle). */
const MAX_BODY_BYTES = 4096;

/**
 * Starts the backend: the embedded simulator, or the real service when `EULER_API_KEY`
 * and `EULER_ACCOUNT_ID` are set (one without the other is an error that says so).
 *
 * @example
 * ```ts
 * const backend = await createLiveBackend();
 * viteServer.middlewares.use(backend.handle);
 * ```
 */
export async function createLiveBackend(options: LiveBackendOptions = {}): Promise<LiveBackend> {
  const { env = process.env, simulator: simulatorOptions = {}, jwt: jwtOptions = {} } = options;
  const euler = eulerTarget(env);

  let simulator: Simulator | undefined;
  let target: JwtMintTarget;
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

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/api/live-config') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'use GET' }, { allow: 'GET, HEAD' });
      return sendText(res, 200, configBody);
    }
    if (path === '/api/jwt') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST with {"uniqueId": "…"}' }, { allow: 'POST' });
      const body = await readJson(req);
      if (!body.ok) return sendJson(res, body.status, { error: body.error });
      const raw = (body.value as { uniqueId?: unknown } | null)?.uniqueId;
      const uniqueId = typeof raw === 'string' ? normalizeUniqueId(raw) : undefined;
      if (uniqueId === undefined) {
        return sendJson(res, 400, { error: 'send {"uniqueId": "<a TikTok handle>"} (letters, digits, "_" and ".", up to 24 characters)' });
      }
      try {
        const token = await mintJwt(target, uniqueId, jwtOptions);
        return sendJson(res, 200, { token });
      } catch (error) {
        const message = error instanceof JwtMintError ? error.message : 'could not mint a JWT';
        return sendJson(res, 502, { error: message });
      }
    }
    return sendJson(res, 404, { error: `no such endpoint: ${path}` });
  }

  let closing: Promise<void> | undefined;
  return {
    config,
    simulator,
    handle(req, res, next) {
      const path = new URL(req.url ?? '/', 'http://backend.invalid').pathname;
      if (path !== '/api' && !path.startsWith('/api/')) return next();
      route(req, res, path).catch(() => {
        // Nothing from the error: it could come from anywhere, and the answer goes to a browser.
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    },
    close() {
      closing ??= simulator ? simulator.close() : Promise.resolve();
      return closing;
    },
  };
}

/** The real service's target from the environment, or `undefined` for the simulator. */
function eulerTarget(env: Readonly<Record<string, string | undefined>>): { wsUrl: string; target: JwtMintTarget } | undefined {
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

type JsonBody = { ok: true; value: unknown } | { ok: false; status: number; error: string };

async function readJson(req: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Drain the whole body even when it is too large: leaving the loop early would destroy the
  // request, and with it the socket the 413 answer has to go out on.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) return { ok: false, status: 413, error: `the body is limited to ${MAX_BODY_BYTES} bytes` };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'send a JSON body: {"uniqueId": "…"}' };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, JSON.stringify(body), headers);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    // Tokens and endpoints must not be cached by the browser or a proxy.
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}
