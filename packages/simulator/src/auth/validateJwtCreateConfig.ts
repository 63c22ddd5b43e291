import { MAX_JWT_EXPIRE_AFTER } from '../defaults.js';
import type { JwtCreateConfig } from '../types.js';

/** Result of `validateJwtCreateConfig`. */
export type JwtConfigValidation = { ok: true; config: JwtCreateConfig } | { ok: false; message: string };

/**
 * Validates a `JWTCreateConfig` body the way the OpenAPI schema describes it
 * (PROTOCOL.md §4.3): `additionalProperties: false`, `expireAfter` required,
 * `websockets.allowedCreators` and `websockets.maxWebSockets` required inside.
 */
export function validateJwtCreateConfig(body: unknown): JwtConfigValidation {
  if (!isPlainObject(body)) return fail('body must be a JSON object');
  const extra = Object.keys(body).filter((k) => !['expireAfter', 'websockets', 'limits', 'name'].includes(k));
  if (extra.length) return fail(`unknown property ${JSON.stringify(extra[0])} (allowed: expireAfter, websockets, limits, name)`);
  const { expireAfter, websockets, limits, name } = body;
  if (typeof expireAfter !== 'number' || !Number.isFinite(expireAfter) || expireAfter < 1 || expireAfter > MAX_JWT_EXPIRE_AFTER) {
    return fail(`expireAfter must be a number of seconds from 1 to ${MAX_JWT_EXPIRE_AFTER}`);
  }
  const config: JwtCreateConfig = { expireAfter };
  if (name !== undefined) {
    if (typeof name !== 'string') return fail('name must be a string');
    config.name = name;
  }
  if (limits !== undefined && limits !== null) {
    if (!isPlainObject(limits)) return fail('limits must be an object {day, hour, minute} or null');
    for (const key of Object.keys(limits)) if (!['day', 'hour', 'minute'].includes(key)) return fail(`unknown property limits.${key}`);
    for (const key of ['day', 'hour', 'minute'] as const) {
      if (typeof limits[key] !== 'number' || (limits[key] as number) < 0) return fail(`limits.${key} must be a non-negative number`);
    }
    config.limits = { day: limits['day'] as number, hour: limits['hour'] as number, minute: limits['minute'] as number };
  } else if (limits === null) config.limits = null;
  if (websockets !== undefined && websockets !== null) {
    if (!isPlainObject(websockets)) return fail('websockets must be an object or null');
    for (const key of Object.keys(websockets)) {
      if (!['allowedCreators', 'maxWebSockets', 'sessionId', 'ttTargetIdc'].includes(key)) return fail(`unknown property websockets.${key}`);
    }
    const { allowedCreators, maxWebSockets, sessionId, ttTargetIdc } = websockets;
    if (!('allowedCreators' in websockets)) return fail('websockets.allowedCreators is required (an array of uniqueIds, or null)');
    if (allowedCreators !== null && (!Array.isArray(allowedCreators) || !allowedCreators.every((c) => typeof c === 'string'))) {
      return fail('websockets.allowedCreators must be an array of strings or null');
    }
    if (typeof maxWebSockets !== 'number' || !Number.isInteger(maxWebSockets) || maxWebSockets < 1) {
      return fail('websockets.maxWebSockets is required: a positive integer');
    }
    if (sessionId !== undefined && typeof sessionId !== 'string') return fail('websockets.sessionId must be a string');
    if (ttTargetIdc !== undefined && typeof ttTargetIdc !== 'string') return fail('websockets.ttTargetIdc must be a string');
    config.websockets = { allowedCreators: allowedCreators as string[] | null, maxWebSockets };
  } else if (websockets === null) config.websockets = null;
  return { ok: true, config };
}

function fail(message: string): JwtConfigValidation {
  return { ok: false, message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
