import type { IncomingMessage } from 'node:http';
import type { JwtGrant, JwtIssuer } from '../auth/jwtIssuer.js';

/** Outcome of REST authentication. */
export type RestAuth = { ok: true; via: 'apiKey'; grant?: undefined } | { ok: true; via: 'jwt'; grant: JwtGrant } | { ok: false; message: string };

/**
 * Authenticates a REST call with the schemes of PROTOCOL.md §4.2: `apiKey`
 * query, `x-api-key` header, and (where the route allows it) `x-jwt-key`.
 * They are alternatives: any valid credential is enough.
 */
export async function authenticateRest(
  req: IncomingMessage,
  query: URLSearchParams,
  deps: { apiKeys: ReadonlySet<string>; jwt: JwtIssuer; accountId: number },
  allowJwt: boolean,
): Promise<RestAuth> {
  const header = (name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const keys = [query.get('apiKey') ?? undefined, header('x-api-key')].filter((k): k is string => k !== undefined);
  if (keys.some((k) => deps.apiKeys.has(k))) return { ok: true, via: 'apiKey' };
  const jwtKey = header('x-jwt-key');
  if (allowJwt && jwtKey) {
    const grant = await deps.jwt.verify(jwtKey);
    if (grant && grant.accountId === deps.accountId) return { ok: true, via: 'jwt', grant };
  }
  if (keys.length === 0 && !jwtKey) {
    return { ok: false, message: allowJwt ? 'Missing credentials: send apiKey, x-api-key or x-jwt-key' : 'Missing credentials: send apiKey or x-api-key' };
  }
  return { ok: false, message: 'Invalid API key or JWT' };
}
