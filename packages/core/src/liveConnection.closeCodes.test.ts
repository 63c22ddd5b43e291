import type { Simulator } from '@tiktok-live-rx/simulator';
import { describe, expect } from 'vitest';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import {
  AuthError,
  ConnectTimeoutError,
  InvalidOptionsError,
  PermissionError,
  RateLimitedError,
  StallError,
  type LiveState,
} from './index.js';
import { liveTest as it, record, recordConnected, sleep, v2User, waitFor } from './testing/liveTestHarness.js';

const handshakes = (sim: Simulator, id: string) => sim.handshakes.filter((h) => h.uniqueId === id);
const statuses = (states: LiveState[]) => states.map((s) => s.status);
const countConnected = (states: LiveState[]) => states.filter((s) => s.status === 'connected').length;

describe('reconnect policy against the simulator', () => {
  it('reconnects after an abrupt drop and marks the gap', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state, chat, gaps } = await recordConnected(live, { chat: 'chat$', gaps: 'gaps$' });
    sim.inject('silent_creator', [{ type: 'WebcastChatMessage', data: { comment: 'before', user: v2User(1, 'a') } }]);
    await waitFor(() => chat.values.length === 1, 'first chat');

    sim.dropSockets('silent_creator');
    await waitFor(() => countConnected(state.values) === 2, 'reconnected');
    expect(statuses(state.values)).toContain('reconnecting');
    const reconnecting = state.values.find((s) => s.status === 'reconnecting');
    expect(reconnecting).toMatchObject({ attempt: 1, closeCode: 1006 });
    expect(handshakes(sim, 'silent_creator')).toHaveLength(2);

    expect(gaps.values).toHaveLength(1);
    const gap = gaps.values[0]!;
    expect(gap.to).toBeGreaterThanOrEqual(gap.from);
    sim.inject('silent_creator', [{ type: 'WebcastChatMessage', data: { comment: 'after', user: v2User(1, 'a') } }]);
    await waitFor(() => chat.values.length === 2, 'chat after reconnect');
    expect(chat.error).toBeUndefined();
  });

  it.for([
    [4400, InvalidOptionsError],
    [4403, PermissionError],
  ] as const)('does not retry after %i', async ([code, ErrorClass], { sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state, chat } = await recordConnected(live, { chat: 'chat$' });
    sim.closeSockets('silent_creator', code);
    await waitFor(() => chat.error !== undefined, 'chat$ errors');
    expect(chat.error).toBeInstanceOf(ErrorClass);
    expect(state.values.at(-1)).toMatchObject({ status: 'error', closeCode: code });
    expect(state.values.at(-1)?.error).toBe(chat.error);
    expect(state.completed).toBe(true);
    // Give a retry every chance to happen (base delay is 20 ms): none does.
    await sleep(300);
    expect(handshakes(sim, 'silent_creator')).toHaveLength(1);
    // A late subscriber gets the same error; reconnect() re-arms.
    const late = record(live.chat$);
    expect(late.error).toBe(chat.error);
    const unsubscribe = live.store.subscribe(() => {});
    live.reconnect();
    await waitFor(() => live.store.getSnapshot().status === 'connected', 'reconnected by hand');
    expect(handshakes(sim, 'silent_creator')).toHaveLength(2);
    unsubscribe();
  });

  it('fails without retry when a static API key is rejected (4401)', async ({ sim, newClient }) => {
    const client = newClient({ apiKey: 'not-a-valid-key' });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => state.completed, 'state$ completes');
    expect(state.values.at(-1)).toMatchObject({ status: 'error', closeCode: 4401 });
    expect(state.values.at(-1)?.error).toBeInstanceOf(AuthError);
    await sleep(200);
    expect(handshakes(sim, 'silent_creator')).toHaveLength(1);
  });

  it('calls the JWT provider before every attempt and uses each fresh token', async ({ sim, newClient }) => {
    const issued: string[] = [];
    const client = newClient({
      jwt: async ({ uniqueId }) => {
        const token = await sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 5 } });
        issued.push(token);
        return token;
      },
    });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => countConnected(state.values) === 1, 'connected');
    sim.dropSockets('silent_creator');
    await waitFor(() => countConnected(state.values) === 2, 'reconnected');
    sim.closeSockets('silent_creator', 1011);
    await waitFor(() => countConnected(state.values) === 3, 'reconnected twice');
    expect(issued).toHaveLength(3);
    expect(new Set(issued).size).toBe(3);
    expect(handshakes(sim, 'silent_creator').map((h) => h.query['jwtKey'])).toEqual(issued);
    expect(handshakes(sim, 'silent_creator').every((h) => h.query['apiKey'] === undefined)).toBe(true);
  });

  it('refreshes the JWT once on 4401 and reconnects at once with the new token', async ({ sim, newClient }) => {
    const issued: string[] = [];
    const client = newClient({
      reconnect: { baseDelay: 5_000, maxDelay: 5_000 }, // a backoff retry would not happen within the test
      jwt: async () => {
        const token = await sim.createJwt({ expireAfter: 60 });
        issued.push(token);
        return token;
      },
    });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => countConnected(state.values) === 1, 'connected');
    sim.closeSockets('silent_creator', 4401);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected after refresh');
    expect(issued).toHaveLength(2);
    expect(handshakes(sim, 'silent_creator').map((h) => h.query['jwtKey'])).toEqual(issued);
    expect(statuses(state.values)).not.toContain('reconnecting');
  });

  it('gives up when the refreshed JWT is rejected too', async ({ sim, newClient }) => {
    let calls = 0;
    const client = newClient({
      jwt: async () => {
        calls += 1;
        return `expired-token-${calls}`;
      },
    });
    const live = client.live('silent_creator');
    const chat = record(live.chat$);
    await waitFor(() => chat.error !== undefined, 'chat$ errors');
    expect(chat.error).toBeInstanceOf(AuthError);
    expect(calls).toBe(2);
    await sleep(200);
    expect(handshakes(sim, 'silent_creator')).toHaveLength(2);
    // The store's code loads on first use: its snapshot catches up once loaded.
    await waitFor(() => live.store.getSnapshot().status === 'error', 'the store shows the error');
    expect(live.store.getSnapshot()).toMatchObject({ status: 'error', closeCode: 4401 });
  });

  it('waits for an offline creator (4404) and connects once they go live', async ({ sim, newClient }) => {
    const client = newClient({ waitUntilLive: { interval: 60 } });
    const live = client.live('offline_creator');
    const state = record(live.state$);
    const isLive = record(live.isLive$);
    await waitFor(() => statuses(state.values).includes('waiting'), 'waiting');
    expect(state.values.find((s) => s.status === 'waiting')).toMatchObject({ closeCode: 4404 });
    expect(isLive.values).toEqual([false]);
    await waitFor(() => handshakes(sim, 'offline_creator').length >= 2, 'a second look');
    sim.setLive('offline_creator', true);
    await waitFor(() => countConnected(state.values) === 1, 'connected');
    expect(isLive.values).toEqual([false, true]);
    expect(state.completed).toBe(false);
  });

  it('probes is_live over REST while waiting and only opens a socket once live', async ({ sim, newClient }) => {
    const client = newClient({ restUrl: sim.httpUrl, waitUntilLive: { interval: 40, probe: true } });
    const live = client.live('offline_creator');
    const state = record(live.state$);
    await waitFor(() => state.values.filter((s) => s.status === 'waiting').length >= 4, 'several waits');
    // Only the first attempt reached the WebSocket; the probes answered "not live" since.
    expect(handshakes(sim, 'offline_creator')).toHaveLength(1);
    sim.setLive('offline_creator', true);
    await waitFor(() => countConnected(state.values) === 1, 'connected');
    expect(handshakes(sim, 'offline_creator')).toHaveLength(2);
  });

  it('goes offline (streams complete) on 4404 without waitUntilLive', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live('offline_creator');
    const chat = record(live.chat$);
    const state = record(live.state$);
    await waitFor(() => chat.completed, 'chat$ completes');
    expect(chat.error).toBeUndefined();
    expect(state.values.at(-1)).toMatchObject({ status: 'offline', closeCode: 4404 });
    await sleep(200);
    expect(handshakes(sim, 'offline_creator')).toHaveLength(1);
  });

  it('ends once on stream end (ControlMessage + 4005) and completes the streams', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state, chat, ends, isLive } = await recordConnected(live, { chat: 'chat$', ends: 'streamEnd$', isLive: 'isLive$' });
    sim.endStream('silent_creator');
    await waitFor(() => chat.completed, 'chat$ completes');
    expect(ends.values).toHaveLength(1);
    expect(ends.values[0]).toMatchObject({ reason: 'stream-ended', action: 3 });
    expect(state.values.at(-1)).toMatchObject({ status: 'ended', closeCode: 4005 });
    expect(isLive.values).toEqual([true, false]);
    expect(handshakes(sim, 'silent_creator')).toHaveLength(1);
  });

  it('re-arms into waiting after a stream end with waitUntilLive', async ({ sim, newClient }) => {
    const live = newClient({ waitUntilLive: { interval: 60 } }).live('silent_creator');
    const { state, ends, chat } = await recordConnected(live, { ends: 'streamEnd$', chat: 'chat$' });
    sim.endStream('silent_creator');
    await waitFor(() => statuses(state.values).includes('waiting'), 'waiting');
    await waitFor(() => handshakes(sim, 'silent_creator').length >= 2, 'a look while offline');
    sim.setLive('silent_creator', true);
    await waitFor(() => countConnected(state.values) === 2, 'connected again');
    expect(ends.values).toHaveLength(1);
    expect(chat.completed).toBe(false);
    sim.inject('silent_creator', [{ type: 'WebcastChatMessage', data: { comment: 'back', user: v2User(1, 'a') } }]);
    await waitFor(() => chat.values.length === 1, 'chat after re-arm');
  });

  it('backs off for long after 4429 and briefly after 1011', async ({ sim, newClient }) => {
    const live = newClient({ reconnect: { baseDelay: 10, maxDelay: 20, coolDownDelay: 400, maxCoolDownDelay: 1000 } }).live('silent_creator');
    const { state } = await recordConnected(live);

    let closedAt = Date.now();
    sim.closeSockets('silent_creator', 1011);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected after 1011');
    const quick = handshakes(sim, 'silent_creator')[1]!.at - closedAt;

    closedAt = Date.now();
    sim.closeSockets('silent_creator', 4429);
    await waitFor(() => state.values.some((s) => s.status === 'reconnecting' && s.closeCode === 4429), 'cooling down');
    const coolDown = state.values.find((s) => s.closeCode === 4429)!;
    expect(coolDown.error).toBeInstanceOf(RateLimitedError);
    expect(coolDown.nextRetryAt! - closedAt).toBeGreaterThanOrEqual(400);
    await waitFor(() => countConnected(state.values) === 3, 'reconnected after 4429');
    const slow = handshakes(sim, 'silent_creator')[2]!.at - closedAt;
    expect(slow).toBeGreaterThanOrEqual(400);
    expect(quick).toBeLessThan(400);
  });

  it('reconnects at once after 4555 (max lifetime)', async ({ sim, newClient }) => {
    const live = newClient({ reconnect: { baseDelay: 5_000, maxDelay: 5_000 } }).live('silent_creator');
    const { state } = await recordConnected(live);
    sim.closeSockets('silent_creator', 4555);
    await waitFor(() => countConnected(state.values) === 2, { what: 'reconnected', timeout: 3000 });
    expect(state.values.find((s) => s.closeCode === 4555)).toMatchObject({ status: 'reconnecting' });
  });

  it('counts a socket that does not open in time as a failed upgrade and retries', async ({ newClient }) => {
    // A TCP server that accepts and never answers the HTTP upgrade.
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const client = newClient({ url: `ws://127.0.0.1:${port}`, connectTimeoutMs: 100 });
      const state = record(client.live('silent_creator').state$);
      await waitFor(() => sockets.length >= 2, 'a second attempt');
      const failed = state.values.find((s) => s.status === 'reconnecting');
      expect(failed?.error).toBeInstanceOf(ConnectTimeoutError);
      expect(failed?.attempt).toBe(1);
      client.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('detects a stalled socket, drops it and reconnects', async ({ sim, newClient }) => {
    const live = newClient({ stallTimeoutMs: 200 }).live('silent_creator');
    const { state } = await recordConnected(live);
    sim.stallSockets('silent_creator');
    await waitFor(() => countConnected(state.values) === 2, 'reconnected after stall');
    const stalled = state.values.find((s) => s.status === 'reconnecting');
    expect(stalled?.error).toBeInstanceOf(StallError);
    await waitFor(() => sim.stats().byCreator['silent_creator'] === 1, 'stalled socket gone');
  });
});
