import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_CLIENT_OPTIONS, DEFAULT_WAIT_UNTIL_LIVE } from './defaults.js';
import { resolveLiveClientOptions } from './resolveOptions.js';
import type { LiveClientOptions } from './types.js';

const resolve = (options: Record<string, unknown>) => resolveLiveClientOptions({ jwt: 'token', ...options } as LiveClientOptions);

describe('resolveLiveClientOptions', () => {
  it('applies every default from DEFAULT_LIVE_CLIENT_OPTIONS', () => {
    const resolved = resolve({});
    expect(resolved).toMatchObject({
      url: DEFAULT_LIVE_CLIENT_OPTIONS.url,
      credentialParam: 'jwtKey',
      credential: 'token',
      features: {},
      reconnect: DEFAULT_LIVE_CLIENT_OPTIONS.reconnect,
      waitUntilLive: false,
      stallTimeoutMs: DEFAULT_LIVE_CLIENT_OPTIONS.stallTimeoutMs,
      connectTimeoutMs: DEFAULT_LIVE_CLIENT_OPTIONS.connectTimeoutMs,
      disconnectGraceMs: DEFAULT_LIVE_CLIENT_OPTIONS.disconnectGraceMs,
      restUrl: DEFAULT_LIVE_CLIENT_OPTIONS.restUrl,
      recentChatLimit: DEFAULT_LIVE_CLIENT_OPTIONS.recentChatLimit,
      dedupeWindow: DEFAULT_LIVE_CLIENT_OPTIONS.dedupe.window,
      giftStreaks: {},
      totals: { streaks: DEFAULT_LIVE_CLIENT_OPTIONS.giftStreaks },
    });
    expect(typeof resolved.WebSocket).toBe('function');
  });

  it('turns the switches and aliases into settings', () => {
    expect(resolve({ stallTimeoutMs: false }).stallTimeoutMs).toBe(0);
    expect(resolve({ dedupe: false }).dedupeWindow).toBe(0);
    expect(resolve({ dedupe: { window: 7 } }).dedupeWindow).toBe(7);
    expect(resolve({ reconnect: false }).reconnect).toBe(false);
    expect(resolve({ keepAliveMs: 5 }).disconnectGraceMs).toBe(5);
    expect(resolve({ disconnectGraceMs: 6, keepAliveMs: 6 }).disconnectGraceMs).toBe(6);
    expect(resolve({ waitUntilLive: true }).waitUntilLive).toEqual(DEFAULT_WAIT_UNTIL_LIVE);
    expect(resolve({ waitUntilLive: { interval: 5 } }).waitUntilLive).toEqual({ ...DEFAULT_WAIT_UNTIL_LIVE, interval: 5 });
    expect(resolve({ apiKey: 'k', jwt: undefined }).credentialParam).toBe('apiKey');
  });

  it('keeps what a feature reads later: reconnect callbacks and scheduler, the streak config, totals streaks of their own', () => {
    const shouldReconnect = () => true;
    const scheduler = { now: () => 0 };
    expect(resolve({ reconnect: { maxDelay: 10, shouldReconnect, scheduler } }).reconnect).toEqual({
      ...DEFAULT_LIVE_CLIENT_OPTIONS.reconnect,
      maxDelay: 10,
      shouldReconnect,
      scheduler,
    });
    const giftStreaks = { timeoutMs: 50 };
    const resolved = resolve({ giftStreaks, totals: { topN: 3 } });
    expect(resolved.giftStreaks).toBe(giftStreaks);
    expect(resolved.totals).toEqual({ topN: 3, streaks: { ...DEFAULT_LIVE_CLIENT_OPTIONS.giftStreaks, timeoutMs: 50 } });
    const own = { timeoutMs: 9 };
    expect(resolve({ giftStreaks, totals: { streaks: own } }).totals.streaks).toBe(own);
  });

  it('keeps only the flags the user set', () => {
    expect(resolve({ features: { bundleEvents: false, syntheticPresence: undefined, schemaVersion: 'v3' } }).features).toEqual({ bundleEvents: false, schemaVersion: 'v3' });
  });

  it('says what the stall timeout accepts', () => {
    expect(() => resolve({ stallTimeoutMs: -1 })).toThrow(
      /^createLiveClient: stallTimeoutMs must be a non-negative number of milliseconds, or false; got -1\. Omit it to use the default \(90000\)\.$/,
    );
    expect(() => resolve({ WebSocket: {} })).toThrow(/WebSocket must be a WebSocket constructor \(`ws` in Node, globalThis.WebSocket in browsers\); got an object\./);
  });
});
