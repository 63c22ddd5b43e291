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

type CloseErrorClass = new (message: string, options: { closeCode: number; reason: string }) => ConnectionClosedError;

/**
 * The close codes with their own class: the class and its message, given the label
 * (`<code> <NAME>: <reason>`) and the configuration (where the advice depends on it).
 */
const CLOSE_ERRORS: Readonly<Record<number, readonly [CloseErrorClass, (label: string, context: CloseContext) => string]>> = {
  [CloseCode.INVALID_AUTH]: [AuthError, (label, context) => `The service rejected the credentials (${label}). ${AUTH_ADVICE[context.credential ?? 'unknown']}`],
  [CloseCode.NO_PERMISSION]: [PermissionError, (label) => `The JWT does not allow this creator (${label}). Mint it with this uniqueId in websockets.allowedCreators.`],
  [CloseCode.INVALID_OPTIONS]: [InvalidOptionsError, (label) => `The service rejected the connection options (${label}). Check the uniqueId and the features flags.`],
  [CloseCode.NOT_LIVE]: [
    NotLiveError,
    (label, context) =>
      context.waitUntilLive === true
        ? `The creator is not live (${label}); waiting for them to go live (waitUntilLive).`
        : `The creator is not live, or no such creator exists (${label}). Pass waitUntilLive: true to wait for them.`,
  ],
  [CloseCode.TOO_MANY_CONNECTIONS]: [RateLimitedError, (label) => `Too many connections or connecting too quickly (${label}). Backing off; share one client per process.`],
  [CloseCode.STREAM_END]: [StreamEndedError, (label) => `The stream ended (${label}).`],
};

/**
 * Maps a close code to the typed error the connection pipeline carries; the message's advice
 * matches `context`. `reason` must already be redacted.
 */
export function errorForClose(code: number, reason: string, context: CloseContext = {}): ConnectionClosedError {
  const text = reason || CLOSE_REASONS[code] || '';
  const name = closeCodeName(code);
  const label = `${code}${name ? ` ${name}` : ''}${text ? `: ${text}` : ''}`;
  const [Class, message] = CLOSE_ERRORS[code] ?? [ConnectionClosedError, (label: string) => `Connection closed (${label}).`];
  return new Class(message(label, context), { closeCode: code, reason: text });
}

const AUTH_ADVICE: Readonly<Record<NonNullable<CloseContext['credential']> | 'unknown', string>> = {
  apiKey: 'Check the apiKey.',
  'apiKey-provider': 'Check the API key your apiKey provider returns.',
  jwt: 'The JWT is unknown or expired: pass jwt as a provider so a fresh token is used on every attempt.',
  'jwt-provider': 'The JWT your provider returned is unknown or expired: check the endpoint that mints it (API key, expiry).',
  unknown: 'Check the apiKey or the JWT.',
};
