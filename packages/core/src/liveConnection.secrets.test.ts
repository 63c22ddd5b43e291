import { inspect } from 'node:util';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setIsServer } from './environment.js';
import { TokenProviderError, createLiveClient, type LiveClient, type LiveClientOptions } from './index.js';
import { fakeWebSocket } from './testing/fakeWebSocket.js';
import { clientFor, record, startSim, waitFor } from './testing/liveTestHarness.js';

const API_KEY = 'sk_live_TOPSECRET_0123456789';
let client: LiveClient | undefined;
let sim: Simulator | undefined;

afterEach(async () => {
  client?.close();
  client = undefined;
  await sim?.close();
  sim = undefined;
  setIsServer(undefined);
  vi.restoreAllMocks();
});

/** Everything a user could look at, deeply (messages, stacks, causes). */
const dump = (...values: unknown[]) => values.map((v) => inspect(v, { depth: 12, showHidden: true })).join('\n');

describe('secrets never leak', () => {
  it('redacts the API key from WebSocket errors, state, streams and errors$', async () => {
    const Throwing = class {
      constructor(url: string) {
        throw new Error(`Invalid URL: ${url}`);
      }
    } as unknown as LiveClientOptions['WebSocket'];
    client = createLiveClient({ apiKey: API_KEY, url: 'ws://127.0.0.1:9', WebSocket: Throwing, reconnect: false });
    const live = client.live('someone');
    const state = record(live.state$);
    const errors = record(live.errors$);
    const chat = record(live.chat$);
    await waitFor(() => chat.error !== undefined, 'chat$ errors');
    const text = dump(state.values, errors.values, chat.error, live.store.getSnapshot());
    expect(text).toContain('Invalid URL');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(API_KEY);
  });

  it('redacts API keys and JWTs echoed in close reasons', async () => {
    sim = await startSim({ apiKeys: [API_KEY] });
    client = clientFor(sim, { apiKey: API_KEY, reconnect: false });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => live.store.getSnapshot().status === 'connected' || state.values.some((s) => s.status === 'connected'), 'connected');
    sim.closeSockets('silent_creator', 4401, `key ${API_KEY} revoked`);
    await waitFor(() => state.completed, 'state$ completes');
    const text = dump(state.values, live.store.getSnapshot());
    expect(text).toContain('revoked');
    expect(text).not.toContain(API_KEY);
  });

  it('redacts provider-issued JWTs, including from provider failures', async () => {
    const tokens = ['eyJhbGciOi.first-SECRET-token.sig', 'eyJhbGciOi.second-SECRET-token.sig'];
    let calls = 0;
    // 1st socket: 4401 (refresh once); 2nd: 1011 (retry); then the provider fails with a token in its message.
    const WebSocket = fakeWebSocket((socket, index) => {
      socket.open();
      socket.close(index === 0 ? 4401 : 1011, `token rejected: ${socket.url}`);
    });
    client = createLiveClient({
      url: 'ws://fake.example',
      WebSocket,
      reconnect: { baseDelay: 5, maxDelay: 5, count: 1 },
      jwt: async () => {
        calls += 1;
        if (calls <= 2) return tokens[calls - 1]!;
        throw new Error(`backend said no for https://api.example/jwt?jwtKey=${tokens[0]}`);
      },
    });
    const live = client.live('someone');
    const state = record(live.state$);
    const chat = record(live.chat$);
    await waitFor(() => chat.error !== undefined, 'chat$ errors');
    expect(WebSocket.urls.map((u) => new URL(u).searchParams.get('jwtKey'))).toEqual(tokens);
    expect(calls).toBe(3);
    expect(chat.error).toBeInstanceOf(TokenProviderError);
    const text = dump(state.values, chat.error, live.store.getSnapshot());
    expect(text).toContain('token rejected');
    expect(text).toContain('backend said no');
    for (const token of tokens) expect(text).not.toContain(token);
  });

  it('warns once, without the key, when an API key is used in a browser', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setIsServer(false);
    createLiveClient({ apiKey: API_KEY }).close();
    createLiveClient({ apiKey: API_KEY }).close();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/JWT/);
    expect(dump(warn.mock.calls)).not.toContain(API_KEY);
  });

  it('does not warn on a server or with a JWT', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setIsServer(true);
    createLiveClient({ apiKey: API_KEY }).close();
    setIsServer(false);
    createLiveClient({ jwt: async () => 'token' }).close();
    expect(warn).not.toHaveBeenCalled();
  });
});
