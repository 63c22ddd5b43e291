/**
 * Close codes of the Euler Stream WebSocket service (PROTOCOL.md §3), plus the
 * standard WebSocket codes a client must also handle.
 */
export const CloseCode = {
  /** Answer to the client's own close request. */
  NORMAL: 1000,
  /** Endpoint going away (server shutdown, browser navigating). */
  GOING_AWAY: 1001,
  /** No status code was present in the close frame. */
  NO_STATUS: 1005,
  /** The connection dropped without a close frame (network loss, server died). */
  ABNORMAL: 1006,
  /** Presence update failed on connect, or an upstream error in the proxy. */
  INTERNAL_SERVER_ERROR: 1011,
  /** Server restarting. */
  SERVICE_RESTART: 1012,
  /** Try again later. */
  TRY_AGAIN_LATER: 1013,
  /** The TikTok stream ended. */
  STREAM_END: 4005,
  /** TikTok sent nothing within `closeInactiveWebSocketAfter` seconds. */
  NO_MESSAGES_TIMEOUT: 4006,
  /** Invalid options (query string, uniqueId, flags). */
  INVALID_OPTIONS: 4400,
  /** Missing, unknown or expired API key / JWT. */
  INVALID_AUTH: 4401,
  /** The JWT does not allow this creator (`allowedCreators`). */
  NO_PERMISSION: 4403,
  /** The creator is not live. */
  NOT_LIVE: 4404,
  /** Too many concurrent connections for the account or JWT, or connecting too quickly. */
  TOO_MANY_CONNECTIONS: 4429,
  /** TikTok closed the upstream connection unexpectedly. */
  TIKTOK_CLOSED_CONNECTION: 4500,
  /** The socket reached its 8-hour lifetime. */
  MAX_LIFETIME_EXCEEDED: 4555,
  /** Error fetching `/webcast/fetch` upstream. */
  WEBCAST_FETCH_ERROR: 4556,
  /** Error fetching `/webcast/room_info` upstream. */
  ROOM_INFO_FETCH_ERROR: 4557,
} as const;

/** A close code known to this library. */
export type KnownCloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close reasons the service sends, from the SDK's `CloseMessageMap` (all under 123 bytes). */
export const CLOSE_REASONS: Readonly<Record<number, string>> = {
  [CloseCode.NORMAL]: 'Normal closure',
  [CloseCode.INTERNAL_SERVER_ERROR]: 'Internal server error',
  [CloseCode.STREAM_END]: 'TikTok stream ended',
  [CloseCode.NO_MESSAGES_TIMEOUT]: 'No messages received in timeout period, closing WebSocket',
  [CloseCode.INVALID_OPTIONS]: 'Invalid options provided',
  [CloseCode.INVALID_AUTH]: 'Invalid auth',
  [CloseCode.NO_PERMISSION]: 'No permission',
  [CloseCode.NOT_LIVE]: 'Streamer is not live',
  [CloseCode.TOO_MANY_CONNECTIONS]: 'Too many concurrent connections',
  [CloseCode.TIKTOK_CLOSED_CONNECTION]: 'TikTok closed the connection unexpectedly',
  [CloseCode.MAX_LIFETIME_EXCEEDED]: 'Max lifetime exceeded',
  [CloseCode.WEBCAST_FETCH_ERROR]: 'Error fetching /webcast/fetch',
  [CloseCode.ROOM_INFO_FETCH_ERROR]: 'Error fetching /webcast/room_info',
};

/** Symbolic name of a close code, e.g. `4404` → `'NOT_LIVE'`; `undefined` for unknown codes. */
export function closeCodeName(code: number): keyof typeof CloseCode | undefined {
  for (const [name, value] of Object.entries(CloseCode)) {
    if (value === code) return name as keyof typeof CloseCode;
  }
  return undefined;
}
