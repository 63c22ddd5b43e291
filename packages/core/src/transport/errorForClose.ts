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

/** What the connection was configured with, so each message gives advice that fits it. */
export interface CloseContext {
  /** How the credential was passed: a fixed `apiKey` / `jwt` string or a provider of one. */
  readonly credential?: 'apiKey' | 'apiKey-provider' | 'jwt' | 'jwt-provider';
  /** Whether `waitUntilLive` is on (a 4404 is then waited out, not final). */
  readonly waitUntilLive?: boolean;
}

/**
 * Maps a close code to the typed error the connection pipeline carries; the message's advice
 * matches `context`. `reason` must already be redacted.
 */
export function errorForClose(code: number, reason: string, context: CloseContext = {}): ConnectionClosedError {
  const text = reason || CLOSE_REASONS[code] || '';
  const label = `${code}${closeCodeName(code) ? ` ${closeCodeName(code)}` : ''}${text ? `: ${text}` : ''}`;
  const options = { closeCode: code, reason: text };
  switch (code) {
    case CloseCode.INVALID_AUTH:
      return new AuthError(`The service rejected the credentials (${label}). ${AUTH_ADVICE[context.credential ?? 'unknown']}`, options);
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
      return new NotLiveError(
        context.waitUntilLive === true
          ? `The creator is not live (${label}); waiting for them to go live (waitUntilLive).`
          : `The creator is not live, or no such creator exists (${label}). Pass waitUntilLive: true to wait for them.`,
        options,
      );
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

const AUTH_ADVICE: Readonly<Record<NonNullable<CloseContext['credential']> | 'unknown', string>> = {
  apiKey: 'Check the apiKey.',
  'apiKey-provider': 'Check the API key your apiKey provider returns.',
  jwt: 'The JWT is unknown or expired: pass jwt as a provider so a fresh token is used on every attempt.',
  'jwt-provider': 'The JWT your provider returned is unknown or expired: check the endpoint that mints it (API key, expiry).',
  unknown: 'Check the apiKey or the JWT.',
};
