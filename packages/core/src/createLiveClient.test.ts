import { describe, expect, it } from 'vitest';
import { createLiveClient, type LiveClientOptions } from './index.js';

const make = (options: unknown) => () => createLiveClient(options as LiveClientOptions);

describe('createLiveClient options (TypeErrors at the API edge)', () => {
  it('requires exactly one credential and says what to pass', () => {
    expect(make({})).toThrow(TypeError);
    expect(make({})).toThrow(/apiKey.*server.*jwt.*browser/);
    expect(make({ apiKey: 'k', jwt: 't' })).toThrow(/either apiKey .* or jwt .*not both/);
    expect(make({ apiKey: '' })).toThrow(/apiKey must be a non-empty string or an async function/);
    expect(make({ jwt: 42 })).toThrow(/jwt must be a non-empty string or an async function/);
    expect(make(undefined)).toThrow(/pass an options object/);
  });

  it('validates feature flags against the flag table', () => {
    expect(make({ apiKey: 'k', features: { bundleEvents: 'yes' } })).toThrow(/features.bundleEvents must be true or false/);
    expect(make({ apiKey: 'k', features: { closeInactiveWebSocketAfter: 0 } })).toThrow(/from 30 to 3600/);
    expect(make({ apiKey: 'k', features: { schemaVersion: 'v9' } })).toThrow(/'v1', 'v2', 'v3'/);
    expect(make({ apiKey: 'k', features: { schemaVersion: 'v1' } })).toThrow(/not supported/);
    expect(make({ apiKey: 'k', features: { turbo: true } })).toThrow(/unknown feature flag "turbo"/);
    expect(make({ apiKey: 'k', features: { bundleEvents: false, syntheticPresenceLeaveAfter: 120 } })).not.toThrow();
  });

  it('validates URLs and never echoes credentials found in them', () => {
    expect(make({ apiKey: 'k', url: 'http://localhost' })).toThrow(/ws:\/\/ or wss:\/\//);
    expect(make({ apiKey: 'k', url: 'not a url' })).toThrow(TypeError);
    let message = '';
    try {
      createLiveClient({ apiKey: 'k', url: 'wss://x.example?apiKey=sk_secret_value' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must not carry credentials/);
    expect(message).not.toContain('sk_secret_value');
    expect(make({ apiKey: 'k', restUrl: 'ftp://x' })).toThrow(/restUrl/);
  });

  it.for(['wss://user:hunter2@ws.example', 'wss://only-user@ws.example', 'ws://:hunter2@127.0.0.1:9'])(
    'rejects credentials in the URL (%s) with a TypeError that does not repeat them',
    (url) => {
      let caught: unknown;
      try {
        createLiveClient({ apiKey: 'k', url });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(TypeError);
      expect((caught as Error).message).toMatch(/url must not carry credentials/);
      expect((caught as Error).message).not.toMatch(/hunter2|only-user/);
      expect(make({ apiKey: 'k', restUrl: url.replace(/^ws/, 'http') })).toThrow(/restUrl must not carry credentials/);
    },
  );

  it('speaks one validation vocabulary: "<where>: <field> must be <expected>; got <value>. <advice>"', () => {
    const shape = /^createLiveClient: [\w.]+ must be .+; got .+\./;
    for (const bad of [
      { apiKey: 'k', disconnectGraceMs: -5 },
      { apiKey: 'k', recentChatLimit: 1.5 },
      { apiKey: 'k', dedupe: { window: 0 } },
      { apiKey: 'k', features: { bundleEvents: 'yes' } },
      { apiKey: 'k', totals: { topN: 0 } },
      { apiKey: 'k', giftStreaks: { maxPending: -1 } },
    ]) {
      expect(make(bad)).toThrow(shape);
    }
    // Credentials are never repeated.
    let message = '';
    try {
      createLiveClient({ apiKey: '   ' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^createLiveClient: apiKey must be a non-empty string or an async function/);
    expect(message).not.toMatch(/got/);
  });

  it('takes disconnectGraceMs, with keepAliveMs as its deprecated alias', () => {
    expect(make({ apiKey: 'k', disconnectGraceMs: 0 })).not.toThrow();
    expect(make({ apiKey: 'k', keepAliveMs: 5 })).not.toThrow();
    expect(make({ apiKey: 'k', disconnectGraceMs: -1 })).toThrow(/disconnectGraceMs must be a non-negative number/);
    expect(make({ apiKey: 'k', disconnectGraceMs: 5, keepAliveMs: 6 })).toThrow(/not both/);
  });

  it('validates timers and nested configs', () => {
    expect(make({ apiKey: 'k', keepAliveMs: -1 })).toThrow(/keepAliveMs must be a non-negative number/);
    expect(make({ apiKey: 'k', connectTimeoutMs: 0 })).toThrow(/connectTimeoutMs must be a positive number/);
    expect(make({ apiKey: 'k', stallTimeoutMs: false })).not.toThrow();
    expect(make({ apiKey: 'k', reconnect: 'often' })).toThrow(/reconnect must be true, false or a ReconnectConfig/);
    expect(make({ apiKey: 'k', reconnect: { count: -2 } })).toThrow(/reconnect.count/);
    expect(make({ apiKey: 'k', waitUntilLive: { probe: 'yes' } })).toThrow(/waitUntilLive.probe/);
    expect(make({ apiKey: 'k', WebSocket: 'ws' })).toThrow(/WebSocket must be a WebSocket constructor/);
  });

  it('checks the settings of features it may never load, with the same vocabulary and the full option path', () => {
    expect(make({ apiKey: 'k', reconnect: { baseDelay: -1 } })).toThrow(
      /^createLiveClient: reconnect\.baseDelay must be a non-negative number of milliseconds; got -1\. Omit it to use the default \(1000\)\.$/,
    );
    expect(make({ apiKey: 'k', reconnect: { delay: 'soon' } })).toThrow(/reconnect\.delay must be a non-negative number of milliseconds or a function/);
    expect(make({ apiKey: 'k', reconnect: { onRetry: 1 } })).toThrow(/reconnect\.onRetry must be a function; got 1\./);
    expect(make({ apiKey: 'k', waitUntilLive: { interval: 0 } })).toThrow(/waitUntilLive\.interval must be a positive number of milliseconds; got 0\. Omit it to use the default \(60000\)/);
    expect(make({ apiKey: 'k', waitUntilLive: { rearmAfterEnd: 'no' } })).toThrow(/waitUntilLive\.rearmAfterEnd must be true or false/);
    expect(make({ apiKey: 'k', waitUntilLive: 5 })).toThrow(/waitUntilLive must be true, false or \{ interval\?, rearmAfterEnd\?, probe\? \}; got 5\./);
    expect(make({ apiKey: 'k', totals: { streaks: { maxFinalized: -1 } } })).toThrow(/createLiveClient: totals\.streaks\.maxFinalized must be an integer >= 0; got -1\./);
    expect(make({ apiKey: 'k', totals: { topN: 5, maxUsers: 10 } })).toThrow(/totals\.maxUsers must be an integer >= 11; got 10\./);
    expect(make({ apiKey: 'k', totals: { initial: 'last' } })).toThrow(/totals\.initial must be a SessionTotals snapshot/);
    expect(make({ apiKey: 'k', recentChatLimit: -1 })).toThrow(/recentChatLimit must be an integer >= 0; got -1\. Omit it to use the default \(50\)/);
    expect(make({ apiKey: 'k', reconnect: { count: Infinity, scheduler: {} }, waitUntilLive: { probe: async () => true } })).not.toThrow();
  });

  it('rejects credentials in a URL before anything else, so a URL of the wrong scheme is not repeated either', () => {
    let message = '';
    try {
      createLiveClient({ apiKey: 'k', url: 'http://user:hunter2@ws.example' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/url must not carry credentials/);
    expect(message).not.toContain('hunter2');
    expect(make({ apiKey: 'k', restUrl: 'wss://x.example' })).toThrow(/restUrl must be an absolute http:\/\/ or https:\/\/ URL; got "wss:\/\/x.example"\./);
  });

  it('rejects invalid handles and explains what a valid one looks like', () => {
    const client = createLiveClient({ apiKey: 'k' });
    for (const bad of ['', '   ', '@', 'has space', 'a'.repeat(30)]) {
      expect(() => client.live(bad)).toThrow(TypeError);
    }
    expect(() => client.live('has space')).toThrow(/@handle .*"@some_creator"/);
    expect(() => client.live(42 as unknown as string)).toThrow(TypeError);
    const live = client.live('https://www.tiktok.com/@Some.Creator/live');
    expect(live.uniqueId).toBe('some.creator');
    expect(client.live('@some.creator')).toBe(live);
    expect(() => live.on$('')).toThrow(/wire type name/);
    client.close();
    expect(() => client.live('some.creator')).toThrow(/closed/);
  });

  it('creates no socket until something subscribes', () => {
    let constructed = 0;
    class CountingSocket {
      constructor() {
        constructed += 1;
        throw new Error('should not be constructed');
      }
    }
    const client = createLiveClient({ apiKey: 'k', WebSocket: CountingSocket as unknown as LiveClientOptions['WebSocket'] });
    const live = client.live('someone');
    void live.chat$;
    live.store.getSnapshot();
    expect(constructed).toBe(0);
    client.close();
  });
});
