import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { JwtCreateConfig } from '../types.js';

/** What a verified simulator JWT grants. */
export interface JwtGrant {
  /** Token id (`jti`), the key of the per-JWT socket limit. */
  id: string;
  /** Account the token belongs to. */
  accountId: number;
  /** Creators the token may connect to; `null` = any. */
  allowedCreators: string[] | null;
  /** Concurrent sockets this token may hold. */
  maxWebSockets: number;
  /** REST requests per minute (`limits.minute`); 0 = unlimited. */
  requestsPerMinute: number;
}

/** The `config` object of a create-JWT response (`JWTConfig`, PROTOCOL.md §4.3). */
export interface JwtConfigResponse {
  id: string;
  expiresAt: number;
  ttl: number;
  accountId: number;
  apiKeyId: number;
  limits: { day: number; hour: number; minute: number };
  webSocketData: { allowedCreators: string[] | null; maxWebSockets: number };
  name: string | null;
}

/** Issues and verifies HS256 JWTs for one account. */
export interface JwtIssuer {
  /** Signs a token for `config` (already validated). */
  issue(config: JwtCreateConfig): Promise<{ token: string; config: JwtConfigResponse }>;
  /** The grant of a valid token; `undefined` when the signature, shape or expiry is wrong. */
  verify(token: string): Promise<JwtGrant | undefined>;
}

/**
 * Creates the JWT issuer of a simulator.
 * @example
 * const jwt = createJwtIssuer({ secret: 's3cret', accountId: 1, defaultMaxWebSockets: 25 });
 * const { token } = await jwt.issue({ expireAfter: 60 });
 */
export function createJwtIssuer(options: { secret: string; accountId: number; defaultMaxWebSockets: number }): JwtIssuer {
  const key = new TextEncoder().encode(options.secret);
  return {
    async issue(config) {
      const id = randomUUID();
      const now = Math.floor(Date.now() / 1000);
      const exp = now + Math.floor(config.expireAfter);
      const ws = config.websockets ?? { allowedCreators: null, maxWebSockets: options.defaultMaxWebSockets };
      const limits = config.limits ?? { day: 0, hour: 0, minute: 0 };
      const token = await new SignJWT({
        accountId: options.accountId,
        apiKeyId: 1,
        webSocketData: { allowedCreators: ws.allowedCreators, maxWebSockets: ws.maxWebSockets },
        limits,
        name: config.name ?? null,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setJti(id)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .sign(key);
      return {
        token,
        config: {
          id,
          expiresAt: exp * 1000,
          ttl: Math.floor(config.expireAfter),
          accountId: options.accountId,
          apiKeyId: 1,
          limits,
          webSocketData: { allowedCreators: ws.allowedCreators, maxWebSockets: ws.maxWebSockets },
          name: config.name ?? null,
        },
      };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        const data = payload['webSocketData'] as { allowedCreators?: unknown; maxWebSockets?: unknown } | undefined;
        if (typeof payload.jti !== 'string' || typeof payload['accountId'] !== 'number' || !data) return undefined;
        const allowed = data.allowedCreators;
        const minute = (payload['limits'] as { minute?: unknown } | undefined)?.minute;
        return {
          id: payload.jti,
          accountId: payload['accountId'],
          allowedCreators: Array.isArray(allowed) ? allowed.filter((c): c is string => typeof c === 'string') : null,
          maxWebSockets: typeof data.maxWebSockets === 'number' ? data.maxWebSockets : options.defaultMaxWebSockets,
          requestsPerMinute: typeof minute === 'number' ? minute : 0,
        };
      } catch {
        return undefined;
      }
    },
  };
}
