import EulerStreamApiClient from '@eulerstream/euler-api-sdk';
import { callEuler } from './callEuler.js';
import { createCreatorHandler, fail } from './createCreatorHandler.js';
import type { FetchHandler } from './fetchHandler.js';
import { resolveHandlerOptions, type EulerHandlerOptions } from './handlerOptions.js';
import { jsonResponse } from './jsonResponse.js';
import { readJsonObject } from './readJsonObject.js';
import { upstreamFailure } from './upstreamFailure.js';

/** Options of {@link createJwtHandler}. */
export interface JwtHandlerOptions extends EulerHandlerOptions {
  /** The Euler Stream account id the API key belongs to (the number in your dashboard). */
  accountId: number;
  /**
   * Token lifetime in seconds. Euler Stream recommends ≤ 60 and one token per connection; the
   * core client asks for a fresh one before every connect attempt anyway.
   * @default 60
   */
  expireAfter?: number;
  /** Sockets one token may hold open at once. One page watches a creator over one socket. @default 1 */
  maxWebSockets?: number;
  /** A label for the tokens in your Euler Stream dashboard. @default 'tiktok-live-rx' */
  name?: string;
}

/** What the JWT handler answers on success. */
export interface JwtHandlerResponse {
  /** The JWT: pass it as the client's `jwt` (it travels as `jwtKey`). */
  readonly token: string;
  /** The normalised handle the token is scoped to (its only `allowedCreators` entry). */
  readonly uniqueId: string;
  /** When the token expires (ms since the epoch), when Euler Stream said so. */
  readonly expiresAt: number | undefined;
}

/** The defaults of {@link JwtHandlerOptions}' token settings. */
export const DEFAULT_JWT_OPTIONS = { expireAfter: 60, maxWebSockets: 1, name: 'tiktok-live-rx' } as const;

/**
 * Creates the backend half of the browser JWT flow: a Fetch-API handler for
 * `POST {"uniqueId": "…"}` (`content-type: application/json`) that mints, with your API key,
 * a short-lived JWT scoped to exactly that creator (`allowedCreators: [uniqueId]`) and answers
 * `{ token, uniqueId, expiresAt }`. Errors are JSON `{ code, error }` (see `ServerErrorCode`).
 *
 * Mount it on any path; use `toNodeHandler` for `node:http`, Express and Vite.
 *
 * @throws TypeError - a missing API key, an account id that is not a positive integer, or another bad option.
 * @see createRoomVideoHandler
 * @see toNodeHandler
 * @example
 * ```ts
 * const jwtHandler = createJwtHandler({
 *   apiKey: process.env.EULER_API_KEY!,
 *   accountId: Number(process.env.EULER_ACCOUNT_ID),
 *   allowCreator: (uniqueId, request) => isSignedIn(request),
 * });
 * export const POST = (request: Request) => jwtHandler(request); // a Next.js route handler
 * ```
 */
export function createJwtHandler(options: JwtHandlerOptions): FetchHandler {
  const resolved = resolveHandlerOptions('createJwtHandler', options);
  const { accountId, expireAfter = DEFAULT_JWT_OPTIONS.expireAfter, maxWebSockets = DEFAULT_JWT_OPTIONS.maxWebSockets, name = DEFAULT_JWT_OPTIONS.name } = options;
  if (!Number.isSafeInteger(accountId) || accountId <= 0) {
    throw new TypeError(`createJwtHandler: accountId must be your numeric Euler Stream account id (got ${JSON.stringify(resolved.redact(String(accountId)))}).`);
  }
  if (!Number.isSafeInteger(expireAfter) || expireAfter < 1 || expireAfter > 7200) {
    throw new TypeError(`createJwtHandler: expireAfter must be a whole number of seconds from 1 to 7200 (got ${String(expireAfter)}).`);
  }
  if (!Number.isSafeInteger(maxWebSockets) || maxWebSockets < 1) {
    throw new TypeError(`createJwtHandler: maxWebSockets must be a positive integer (got ${String(maxWebSockets)}).`);
  }
  if (typeof name !== 'string') throw new TypeError('createJwtHandler: name must be a string.');

  const client = new EulerStreamApiClient(resolved.restUrl === undefined ? { apiKey: resolved.apiKey } : { apiKey: resolved.apiKey, basePath: resolved.restUrl });

  return createCreatorHandler(resolved, {
    methods: ['POST'],
    async read(request) {
      const body = await readJsonObject(request);
      return 'failure' in body ? body : { uniqueId: body.json['uniqueId'], input: undefined };
    },
    async serve(uniqueId, _input, request) {
      const outcome = await callEuler(
        (axiosOptions) =>
          client.authentication.createJWT(accountId, { expireAfter, websockets: { allowedCreators: [uniqueId], maxWebSockets }, name }, axiosOptions),
        resolved.timeoutMs,
        request.signal,
      );
      if (outcome.kind !== 'answer' || outcome.status < 200 || outcome.status > 299) return upstreamFailure(outcome, 'creating a JWT', resolved.redact);
      const { token, config } = outcome.body;
      if (typeof token !== 'string' || token === '') return fail('upstream-error', 'Euler Stream answered without a token (creating a JWT).');
      const expiresAt = typeof config === 'object' && config !== null ? (config as { expiresAt?: unknown }).expiresAt : undefined;
      const body: JwtHandlerResponse = { token, uniqueId, expiresAt: typeof expiresAt === 'number' ? expiresAt : undefined };
      return jsonResponse(200, body);
    },
  });
}
