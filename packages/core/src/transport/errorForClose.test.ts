import { describe, expect, it } from 'vitest';
import {
  AuthError,
  ConnectionClosedError,
  InvalidOptionsError,
  NotLiveError,
  PermissionError,
  RateLimitedError,
  StreamEndedError,
} from '../errors.js';
import { errorForClose } from './errorForClose.js';

describe('errorForClose', () => {
  it('maps each close code to its class and a message with the code, its name and the reason', () => {
    const cases = [
      [4401, AuthError, 'The service rejected the credentials (4401 INVALID_AUTH: Invalid auth). Check the apiKey or the JWT.'],
      [4403, PermissionError, 'The JWT does not allow this creator (4403 NO_PERMISSION: No permission). Mint it with this uniqueId in websockets.allowedCreators.'],
      [4400, InvalidOptionsError, 'The service rejected the connection options (4400 INVALID_OPTIONS: Invalid options provided). Check the uniqueId and the features flags.'],
      [4404, NotLiveError, 'The creator is not live, or no such creator exists (4404 NOT_LIVE: Streamer is not live). Pass waitUntilLive: true to wait for them.'],
      [4429, RateLimitedError, 'Too many connections or connecting too quickly (4429 TOO_MANY_CONNECTIONS: Too many concurrent connections). Backing off; share one client per process.'],
      [4005, StreamEndedError, 'The stream ended (4005 STREAM_END: TikTok stream ended).'],
      [4555, ConnectionClosedError, 'Connection closed (4555 MAX_LIFETIME_EXCEEDED: Max lifetime exceeded).'],
      [1006, ConnectionClosedError, 'Connection closed (1006 ABNORMAL).'],
      [4999, ConnectionClosedError, 'Connection closed (4999).'],
    ] as const;
    for (const [code, Class, message] of cases) {
      const error = errorForClose(code, '');
      expect(error.constructor).toBe(Class);
      expect(error.message).toBe(message);
      expect(error.closeCode).toBe(code);
    }
    expect(errorForClose(4999, '').reason).toBe('');
    expect(errorForClose(4404, '').reason).toBe('Streamer is not live');
  });

  it('prefers the reason the server sent', () => {
    const error = errorForClose(4006, 'quiet room');
    expect(error.message).toBe('Connection closed (4006 NO_MESSAGES_TIMEOUT: quiet room).');
    expect(error.reason).toBe('quiet room');
  });

  it('gives advice that fits the configuration', () => {
    expect(errorForClose(4404, '', { waitUntilLive: true }).message).toBe(
      'The creator is not live (4404 NOT_LIVE: Streamer is not live); waiting for them to go live (waitUntilLive).',
    );
    const auth = (credential: 'apiKey' | 'apiKey-provider' | 'jwt' | 'jwt-provider') => errorForClose(4401, '', { credential }).message;
    expect(auth('apiKey')).toMatch(/\)\. Check the apiKey\.$/);
    expect(auth('apiKey-provider')).toMatch(/\)\. Check the API key your apiKey provider returns\.$/);
    expect(auth('jwt')).toMatch(/\)\. The JWT is unknown or expired: pass jwt as a provider so a fresh token is used on every attempt\.$/);
    expect(auth('jwt-provider')).toMatch(/\)\. The JWT your provider returned is unknown or expired: check the endpoint that mints it \(API key, expiry\)\.$/);
  });
});
