import { CloseCode } from '@tiktok-live-rx/protocol';
import { TikTokLiveError } from '../errors.js';

/**
 * What to do about a close (PROTOCOL.md §3):
 * - `fatal`: never retry (4400, 4403, 4401 without a way to refresh, client-initiated 1000);
 * - `retry`: capped exponential backoff with jitter (1006, 1011, 4006, 4500, 4556, …);
 * - `refresh-auth`: fetch a fresh credential and retry once at once (4401 with a provider);
 * - `cool-down`: long backoff (4429);
 * - `immediate`: reconnect at once (4555, the planned 8-hour rotation);
 * - `not-live`: the creator is offline (4404): wait until live, or end;
 * - `ended`: the stream ended (4005): wait until live again, or end.
 */
export type CloseClass = 'fatal' | 'retry' | 'refresh-auth' | 'cool-down' | 'immediate' | 'not-live' | 'ended';

/** Context the classification depends on. */
export interface ClassifyCloseContext {
  /** The client itself asked for the close (then 1000 is final). @default false */
  clientInitiated?: boolean;
  /** A credential provider can mint a fresh token (then 4401 is `refresh-auth`). @default false */
  canRefreshAuth?: boolean;
}

/**
 * Classifies a WebSocket close code. Unknown codes are `retry`: a persistent
 * client with capped backoff is safer than one that silently gives up.
 *
 * @example
 * classifyClose(4401, { canRefreshAuth: true }) // 'refresh-auth'
 * classifyClose(4429) // 'cool-down'
 */
export function classifyClose(code: number, ctx: ClassifyCloseContext = {}): CloseClass {
  switch (code) {
    case CloseCode.NORMAL:
      return ctx.clientInitiated ? 'fatal' : 'retry';
    case CloseCode.INVALID_OPTIONS:
    case CloseCode.NO_PERMISSION:
      return 'fatal';
    case CloseCode.INVALID_AUTH:
      return ctx.canRefreshAuth ? 'refresh-auth' : 'fatal';
    case CloseCode.TOO_MANY_CONNECTIONS:
      return 'cool-down';
    case CloseCode.MAX_LIFETIME_EXCEEDED:
      return 'immediate';
    case CloseCode.NOT_LIVE:
      return 'not-live';
    case CloseCode.STREAM_END:
      return 'ended';
    default:
      return 'retry';
  }
}

/**
 * Classifies any error the connection pipeline sees: errors with a `closeCode`
 * go through {@link classifyClose}; connect timeouts, stalls and failing token
 * providers are `retry`; anything else (a bug, an invalid URL) is `fatal`.
 */
export function classifyError(error: unknown, ctx: ClassifyCloseContext = {}): CloseClass {
  if (!(error instanceof TikTokLiveError)) return 'fatal';
  if (error.closeCode !== undefined) return classifyClose(error.closeCode, ctx);
  switch (error.code) {
    case 'connect-timeout':
    case 'stall':
    case 'token-provider':
      return 'retry';
    default:
      return 'fatal';
  }
}
