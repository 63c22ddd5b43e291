import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { connectClient, waitUntil } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('service timers under timeScale', () => {
  it('closes 4006 after closeInactiveWebSocketAfter × timeScale without TikTok messages', async () => {
    // 30 s × 0.01 = 300 ms.
    sim = await createSimulator({ timeScale: 0.01, creators: [{ uniqueId: 'silent', live: true, scenario: 'silent' }] });
    const started = Date.now();
    const client = connectClient(sim, { uniqueId: 'silent', 'features.closeInactiveWebSocketAfter': '30' });
    const closed = await client.closed;
    expect(closed).toEqual({ code: 4006, reason: 'No messages received in timeout period, closing WebSocket' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('custom items do not count as TikTok activity, TikTok messages do', async () => {
    sim = await createSimulator({ timeScale: 0.02, creators: [{ uniqueId: 'silent', live: true, scenario: 'silent' }] });
    // 30 s × 0.02 = 600 ms of allowed silence.
    const chatty = connectClient(sim, { uniqueId: 'silent', 'features.closeInactiveWebSocketAfter': '30' });
    await chatty.waitFor(() => chatty.items.length >= 3);
    const s = sim;
    const keepAlive = setInterval(() => s.inject('silent', [{ type: 'WebcastLikeMessage', data: { likeCount: 1 } }]), 100);
    await new Promise((r) => setTimeout(r, 1500));
    clearInterval(keepAlive);
    expect(chatty.ws.readyState).toBe(chatty.ws.OPEN);
    const customOnly = setInterval(() => s.inject('silent', [{ type: 'roomInfo', data: { raw: {} } }]), 100);
    expect((await chatty.closed).code).toBe(4006);
    clearInterval(customOnly);
  });

  it('closes 4555 when the socket reaches its lifetime', async () => {
    sim = await createSimulator({ maxLifetimeMs: 300, creators: [{ uniqueId: 'busy', live: true, scenario: 'busy' }] });
    const client = connectClient(sim, { uniqueId: 'busy' });
    expect(await client.closed).toEqual({ code: 4555, reason: 'Max lifetime exceeded' });
    expect(client.ofType('tiktok.connect')).toHaveLength(1);
  });

  it('derives the lifetime from 8 h × timeScale', async () => {
    // 8 h × 0.0001 = 2.88 s; 4006 would need 3600 s × 0.0001 = 360 ms of silence, and likes arrive every 50 ms.
    const s = await createSimulator({ timeScale: 0.0001, creators: [{ uniqueId: 'silent', live: true, scenario: 'silent' }] });
    sim = s;
    const started = Date.now();
    const client = connectClient(s, { uniqueId: 'silent', 'features.closeInactiveWebSocketAfter': '3600' });
    const keepAlive = setInterval(() => s.inject('silent', [{ type: 'WebcastLikeMessage', data: { likeCount: 1 } }]), 50);
    const { code } = await client.closed;
    clearInterval(keepAlive);
    expect(code).toBe(4555);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
  });

  it('ends the ending scenario after 30 s × timeScale with 4005 and brings it back later', async () => {
    const s = await createSimulator({
      timeScale: 0.01,
      // Back after 150 s × 0.01 = 1.5 s: long enough to observe the offline period on a slow machine.
      creators: [{ uniqueId: 'ending', live: true, scenario: 'ending', returnAfterMs: 150_000 }],
    });
    sim = s;
    const client = connectClient(s, { uniqueId: 'ending', 'features.closeInactiveWebSocketAfter': '3600' });
    const closed = await client.closed;
    expect(closed.code).toBe(4005);
    const control = client.ofType('WebcastControlMessage');
    expect(control.at(-1)?.data['action']).toBe(3);
    const offline = connectClient(s, { uniqueId: 'ending' });
    expect((await offline.closed).code).toBe(4404);
    let back: ReturnType<typeof connectClient> | undefined;
    await waitUntil(() => {
      if (back?.ofType('tiktok.connect').length) return true;
      if (!back || back.ws.readyState === back.ws.CLOSED) back = connectClient(s, { uniqueId: 'ending', 'features.closeInactiveWebSocketAfter': '3600' });
      return false;
    }, 15_000, 'the creator to be live again');
    back?.ws.close();
  });
});

describe('synthetic presence', () => {
  it('emits SyntheticJoinMessage on first sight and SyntheticLeaveMessage after the leave delay', async () => {
    // leave after 60 s × 0.005 = 300 ms.
    sim = await createSimulator({ timeScale: 0.005, creators: [{ uniqueId: 'silent', live: true, scenario: 'silent' }] });
    const client = connectClient(sim, {
      uniqueId: 'silent',
      'features.syntheticPresence': 'true',
      'features.syntheticPresenceLeaveAfter': '60',
      'features.closeInactiveWebSocketAfter': '3600',
    });
    await client.waitFor(() => client.items.length >= 3);
    const user = { userId: '77', uniqueId: 'seven', nickname: 'Seven', profilePicture: { url: ['https://x/y.webp'] } };
    sim.inject('silent', [{ type: 'WebcastChatMessage', data: { comment: 'hey', user } }]);
    sim.inject('silent', [{ type: 'WebcastChatMessage', data: { comment: 'again', user } }]);
    await client.waitFor(() => client.ofType('SyntheticLeaveMessage').length === 1);
    const joins = client.ofType('SyntheticJoinMessage');
    expect(joins).toHaveLength(1);
    expect(joins[0]?.data).toMatchObject({ user: { userId: '77', uniqueId: 'seven', nickname: 'Seven', profilePicture: { url: ['https://x/y.webp'] } } });
    const leave = client.ofType('SyntheticLeaveMessage')[0]?.data as { firstSeen: number; lastSeen: number };
    expect(leave.lastSeen).toBeGreaterThanOrEqual(leave.firstSeen);
    client.ws.close();
  });

  it('sends no presence items when the flag is off', async () => {
    sim = await createSimulator({ creators: [{ uniqueId: 'silent', live: true, scenario: 'silent' }] });
    const client = connectClient(sim, { uniqueId: 'silent' });
    await client.waitFor(() => client.items.length >= 3);
    sim.inject('silent', [{ type: 'WebcastChatMessage', data: { comment: 'x', user: { userId: '1' } } }]);
    await client.waitFor(() => client.items.length >= 4);
    expect(client.ofType('SyntheticJoinMessage')).toHaveLength(0);
    client.ws.close();
  });
});
