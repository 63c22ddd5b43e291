import { describe, expect } from 'vitest';
import { createLiveClient, AuthError, NotLiveError, type LiveState } from '../index.js';
import { liveTest as it, record, recordConnected, waitFor } from '../testing/liveTestHarness.js';

const statuses = (states: readonly LiveState[]) => states.map((s) => s.status);

describe('the status model', () => {
  it('4404 without waitUntilLive: idle → connecting → offline, with a NotLiveError that suggests waitUntilLive', async ({ newClient }) => {
    const live = newClient().live('offline_creator');
    const state = record(live.state$);
    await waitFor(() => state.completed, 'state$ completes');
    expect(statuses(state.values)).toEqual(['idle', 'connecting', 'offline']);
    const last = state.values.at(-1)!;
    expect(last).toMatchObject({ closeCode: 4404, attempt: 0 });
    expect(last.error).toBeInstanceOf(NotLiveError);
    expect(last.error?.message).toMatch(/not live, or no such creator exists .*Pass waitUntilLive: true/);
    // The store's code loads on first use: its snapshot catches up once loaded.
    await waitFor(() => live.store.getSnapshot().status === 'offline', 'the store shows offline');
  });

  it('4404 with waitUntilLive: one waiting state per wait (each with nextRetryAt), a message that does not suggest the option, then connected', async ({ sim, newClient }) => {
    const live = newClient({ waitUntilLive: { interval: 40 } }).live('offline_creator');
    const state = record(live.state$);
    await waitFor(() => state.values.filter((s) => s.status === 'waiting').length >= 3, 'three waits');
    sim.setLive('offline_creator', true);
    await waitFor(() => state.values.at(-1)?.status === 'connected', 'connected');
    const seen = statuses(state.values);
    expect(seen.slice(0, 3)).toEqual(['idle', 'connecting', 'waiting']);
    expect(seen.at(-1)).toBe('connected');
    expect(new Set(seen.slice(2, -1))).toEqual(new Set(['waiting']));
    const waits = state.values.filter((s) => s.status === 'waiting');
    // Exactly one state per wait: attempts 1, 2, 3, … each once, each carrying its nextRetryAt.
    expect(waits.map((s) => s.attempt)).toEqual(waits.map((_, i) => i + 1));
    for (const wait of waits) {
      expect(wait.nextRetryAt).toBeTypeOf('number');
      expect(wait.closeCode).toBe(4404);
      expect(wait.error?.message).toMatch(/waiting for them to go live/);
      expect(wait.error?.message).not.toMatch(/Pass waitUntilLive/);
    }
    expect(state.values.at(-1)).toMatchObject({ status: 'connected', attempt: 0 });
  });

  it('4005 (stream end) without waitUntilLive: connected → ended, no error, told apart from offline', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state } = await recordConnected(live);
    sim.endStream('silent_creator');
    await waitFor(() => state.completed, 'state$ completes');
    expect(statuses(state.values)).toEqual(['idle', 'connecting', 'connected', 'ended']);
    expect(state.values.at(-1)).toMatchObject({ status: 'ended', closeCode: 4005 });
    expect(state.values.at(-1)?.error).toBeUndefined();
  });

  it('emits reconnecting exactly once per failed attempt, each with its nextRetryAt', async () => {
    // Port 1 refuses connections: every attempt fails at once (1006).
    const client = createLiveClient({ apiKey: 'k', url: 'ws://127.0.0.1:1', reconnect: { count: 3, baseDelay: 5, maxDelay: 10 } });
    try {
      const state = record(client.live('someone').state$);
      await waitFor(() => state.completed, 'retries exhausted');
      expect(statuses(state.values)).toEqual(['idle', 'connecting', 'reconnecting', 'reconnecting', 'reconnecting', 'error']);
      const retries = state.values.filter((s) => s.status === 'reconnecting');
      expect(retries.map((s) => s.attempt)).toEqual([1, 2, 3]);
      for (const retry of retries) expect(retry.nextRetryAt).toBeTypeOf('number');
    } finally {
      client.close();
    }
  });

  it('attempt is 0 once connected again after a drop', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state } = await recordConnected(live);
    sim.dropSockets('silent_creator');
    await waitFor(() => state.values.filter((s) => s.status === 'connected').length === 2, 'reconnected');
    expect(statuses(state.values)).toEqual(['idle', 'connecting', 'connected', 'reconnecting', 'connected']);
    expect(state.values[3]).toMatchObject({ attempt: 1, closeCode: 1006 });
    expect(state.values[4]).toMatchObject({ attempt: 0 });
  });

  it('4401 advice matches the credential: a fixed apiKey vs a JWT provider', async ({ newClient }) => {
    const withKey = newClient({ apiKey: 'not-the-key' }).live('silent_creator');
    const keyState = record(withKey.state$);
    await waitFor(() => keyState.completed, 'apiKey rejected');
    const keyError = keyState.values.at(-1)?.error;
    expect(keyError).toBeInstanceOf(AuthError);
    expect(keyError?.message).toMatch(/Check the apiKey\./);
    expect(keyError?.message).not.toMatch(/provider/);
    expect(keyError?.message).not.toContain('not-the-key');

    const withProvider = newClient({ jwt: async () => 'expired-token' }).live('silent_creator');
    const jwtState = record(withProvider.state$);
    await waitFor(() => jwtState.completed, 'JWT rejected');
    const jwtError = jwtState.values.at(-1)?.error;
    expect(jwtError).toBeInstanceOf(AuthError);
    expect(jwtError?.message).toMatch(/The JWT your provider returned/);
    expect(jwtError?.message).not.toMatch(/pass jwt as a provider/);
  });
});
