import { describe, expect, it } from 'vitest';
import {
  AuthError,
  ConnectTimeoutError,
  ConnectionClosedError,
  CredentialsRejectedError,
  InvalidOptionsError,
  NotLiveError,
  PermissionError,
  ProtocolError,
  RateLimitedError,
  StallError,
  StreamEndedError,
  TikTokLiveError,
  TokenProviderError,
  UnsupportedFrameError,
} from './errors.js';

describe('error classes', () => {
  it('each close-code class names itself, carries its code, close code and reason, and extends ConnectionClosedError', () => {
    const close = { closeCode: 4401, reason: 'Invalid auth' };
    const cases = [
      [new ConnectionClosedError('m', close), 'ConnectionClosedError', 'connection-closed'],
      [new AuthError('m', close), 'AuthError', 'auth'],
      [new PermissionError('m', close), 'PermissionError', 'permission'],
      [new InvalidOptionsError('m', close), 'InvalidOptionsError', 'invalid-options'],
      [new NotLiveError('m', close), 'NotLiveError', 'not-live'],
      [new RateLimitedError('m', close), 'RateLimitedError', 'rate-limited'],
      [new StreamEndedError('m', close), 'StreamEndedError', 'stream-ended'],
    ] as const;
    for (const [error, name, code] of cases) {
      expect(error).toBeInstanceOf(ConnectionClosedError);
      expect(error).toBeInstanceOf(TikTokLiveError);
      expect(error).toBeInstanceOf(Error);
      expect({ name: error.name, code: error.code, message: error.message, closeCode: error.closeCode, reason: error.reason }).toEqual({
        name,
        code,
        message: 'm',
        closeCode: 4401,
        reason: 'Invalid auth',
      });
      expect(Object.keys(error)).toEqual(['code', 'closeCode', 'reason', 'name']);
      expect(String(error)).toBe(`${name}: m`);
    }
    expect(new ConnectionClosedError('m', close, 'auth').code).toBe('auth');
  });

  it('the other classes carry their code, info and cause', () => {
    const cause = new Error('root');
    const protocol = new ProtocolError('bad', { problem: 'malformed-json', excerpt: '{' }, { cause });
    expect(protocol).toMatchObject({ name: 'ProtocolError', code: 'protocol', info: { problem: 'malformed-json', excerpt: '{' }, cause, closeCode: undefined });
    expect(new UnsupportedFrameError('bin', { byteLength: 3 })).toMatchObject({ name: 'UnsupportedFrameError', code: 'unsupported-frame', info: { byteLength: 3 } });
    expect(new ConnectTimeoutError('slow', { timeoutMs: 5 })).toMatchObject({ name: 'ConnectTimeoutError', code: 'connect-timeout', info: { timeoutMs: 5 } });
    expect(new StallError('idle', { idleMs: 9, stallTimeoutMs: 8 })).toMatchObject({ name: 'StallError', code: 'stall', info: { idleMs: 9, stallTimeoutMs: 8 } });
    expect(new TokenProviderError('no', { cause })).toMatchObject({ name: 'TokenProviderError', code: 'token-provider', cause });
    expect(new CredentialsRejectedError('no', { status: 401 })).toMatchObject({ name: 'CredentialsRejectedError', code: 'credentials-rejected', status: 401 });
    expect(new TikTokLiveError('x')).toMatchObject({ name: 'TikTokLiveError', code: 'unexpected' });
    expect('cause' in new TikTokLiveError('x')).toBe(false);
    for (const error of [protocol, new StallError('idle', { idleMs: 1, stallTimeoutMs: 1 })]) expect(error).toBeInstanceOf(TikTokLiveError);
  });
});
