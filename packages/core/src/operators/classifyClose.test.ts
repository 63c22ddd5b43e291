import { describe, expect, it } from 'vitest';
import { ConnectTimeoutError, ConnectionClosedError, ProtocolError, StallError, TokenProviderError } from '../errors.js';
import { classifyClose, classifyError } from './classifyClose.js';

describe('classifyClose', () => {
  it.each([
    [4400, {}, 'fatal'],
    [4403, {}, 'fatal'],
    [4401, {}, 'fatal'],
    [4401, { canRefreshAuth: true }, 'refresh-auth'],
    [1000, { clientInitiated: true }, 'fatal'],
    [1000, {}, 'retry'],
    [1001, {}, 'retry'],
    [1005, {}, 'retry'],
    [1006, {}, 'retry'],
    [1011, {}, 'retry'],
    [1012, {}, 'retry'],
    [1013, {}, 'retry'],
    [4006, {}, 'retry'],
    [4500, {}, 'retry'],
    [4556, {}, 'retry'],
    [4557, {}, 'retry'],
    [4429, {}, 'cool-down'],
    [4555, {}, 'immediate'],
    [4404, {}, 'not-live'],
    [4005, {}, 'ended'],
    [4999, {}, 'retry'],
  ] as const)('%i %j → %s', (code, ctx, expected) => {
    expect(classifyClose(code, ctx)).toBe(expected);
  });
});

describe('classifyError', () => {
  it('classifies client-side failures and unknown errors', () => {
    expect(classifyError(new ConnectTimeoutError('t', { timeoutMs: 1 }))).toBe('retry');
    expect(classifyError(new StallError('s', { idleMs: 1, stallTimeoutMs: 1 }))).toBe('retry');
    expect(classifyError(new TokenProviderError('p'))).toBe('retry');
    expect(classifyError(new ConnectionClosedError('c', { closeCode: 4403 }))).toBe('fatal');
    expect(classifyError(new ProtocolError('p', { problem: 'malformed-json', excerpt: '' }))).toBe('fatal');
    expect(classifyError(new Error('bug'))).toBe('fatal');
  });
});
