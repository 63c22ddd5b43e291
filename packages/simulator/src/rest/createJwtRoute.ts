import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateJwtCreateConfig } from '../auth/validateJwtCreateConfig.js';
import type { HttpDeps } from '../server/handleHttpRequest.js';
import { authenticateRest } from './authenticateRest.js';
import { readJsonBody, sendError, sendJson } from './httpJson.js';

/**
 * `POST /accounts/:accountId/jwt/create` (PROTOCOL.md §4.3): API key only,
 * body `JWTCreateConfig`, answers `{code: 200, token, config}`.
 */
export async function createJwtRoute(req: IncomingMessage, res: ServerResponse, accountParam: string, query: URLSearchParams, deps: HttpDeps): Promise<void> {
  const auth = await authenticateRest(req, query, deps, false);
  if (!auth.ok) return sendError(res, 401, auth.message);
  if (!/^\d+$/.test(accountParam)) return sendError(res, 400, 'account_id must be a number');
  if (Number(accountParam) !== deps.accountId) return sendError(res, 403, `API key does not belong to account ${accountParam}`);
  const body = await readJsonBody(req);
  if (!body.ok) return sendError(res, body.status, body.message);
  const checked = validateJwtCreateConfig(body.value);
  if (!checked.ok) return sendError(res, 400, `Invalid JWTCreateConfig: ${checked.message}`);
  const { token, config } = await deps.jwt.issue(checked.config);
  deps.log(`jwt issued id=${config.id} ttl=${config.ttl}s`);
  sendJson(res, 200, { code: 200, message: 'OK', token, config });
}
