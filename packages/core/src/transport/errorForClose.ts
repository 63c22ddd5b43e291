import { CLOSE_REASONS, CloseCode, closeCodeName } from '@tiktok-live-rx/protocol';
import {
  AuthError,
  ConnectionClosedError,
  InvalidOptionsError,
  NotLiveError,
  PermissionError,
  RateLimitedError,
  StreamEndedError,
} from '../errors.js';

/**
 * Maps a close code to the typed error the connection pipeline carries.
 * `reason` must already be redacted.
 */
export function errorForClose(code: number, reason: string): ConnectionClosedError {
  const text = reason || CLOSE_REASONS[code] || '';
  const label = `${code}${closeCodeName(code) ? ` ${closeCodeName(code)}` : ''}${text ? `: ${text}` : ''}`;
  const options = { closeCode: code, reason: text };
  switch (code) {
    case CloseCode.INVALID_AUTH:
      return new AuthError(
        `The service rejected the credentials (${label}). Check the apiKey, or pass jwt as a provider so a fresh token is used on every attempt.`,
        options,
      );
    case CloseCode.NO_PERMISSION:
      return new PermissionError(
        `The JWT does not allow this creator (${label}). Mint it with this uniqueId in websockets.allowedCreators.`,
        options,
      );
    case CloseCode.INVALID_OPTIONS:
      return new InvalidOptionsError(
        `The service rejected the connection options (${label}). Check the uniqueId and the features flags.`,
        options,
      );
    case CloseCode.NOT_LIVE:
      return new NotLiveError(`The creator is not live (${label}). Use the waitUntilLive option to wait for them.`, options);
    case CloseCode.TOO_MANY_CONNECTIONS:
      return new RateLimitedError(
        `Too many connections or connecting too quickly (${label}). Backing off; share one client per process.`,
        options,
      );
    case CloseCode.STREAM_END:
      return new StreamEndedError(`The stream ended (${label}).`, options);
    default:
      return new ConnectionClosedError(`Connection closed (${label}).`, options);
  }
}
