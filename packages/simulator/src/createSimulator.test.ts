import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSimulator } from './createSimulator.js';
import { DEMO_API_KEY } from './defaults.js';
import { connectClient, connectUrl, waitUntil } from './testing/connectClient.js';
import type { Simulator } from './types.js';

let sim: Simulator;

beforeEach(async () => {
  sim = await createSimulator({
    seed: 7,
    creators: [
      { uniqueId: 'silent_one', live: true, scenario: 'silent' },
      { uniqueId: 'busy_one', live: true, scenario: 'busy' },
      { uniqueId: 'off_one', live: false, scenario: 'silent' },
    ],
  });
});

afterEach(async () => {
  await sim.close();
});

describe('session start', () => {
  it('sends workerInfo, roomInfo, tiktok.connect in that order, each in a bundle with a ms timestamp', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    expect(client.items.slice(0, 3).map((i) => i.type)).toEqual(['workerInfo', 'roomInfo', 'tiktok.connect']);
    for (const frame of client.frames.slice(0, 3) as { timestamp: number; messages: unknown[] }[]) {
      expect(Math.abs(frame.timestamp - Date.now())).toBeLessThan(60_000);
      expect(Array.isArray(frame.messages)).toBe(true);
    }
    client.ws.close();
  });

  it('echoes the parsed feature flags as real booleans and numbers in workerInfo', async () => {
    const client = connectClient(sim, {
      uniqueId: 'silent_one',
      'features.bundleEvents': '1',
      'features.closeInactiveWebSocketAfter': '120',
      'features.schemaVersion': 'v2',
    });
    await client.waitFor(() => client.items.length >= 1);
    const info = client.items[0]?.data as { webSocketId: string; schemaVersion: string; features: Record<string, unknown> };
    expect(info.webSocketId).toMatch(/\S/);
    expect(info.schemaVersion).toBe('v2');
    expect(info.features).toMatchObject({ bundleEvents: true, closeInactiveWebSocketAfter: 120, syntheticPresence: false, normalizeUniqueId: true });
    client.ws.close();
  });

  it('roomInfo carries a TikTok-style raw room with owner avatars, viewer stats and pull URLs', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.ofType('roomInfo').length === 1);
    const raw = (client.ofType('roomInfo')[0]?.data as { raw: Record<string, any> }).raw;
    expect(raw['id']).toMatch(/^\d+$/);
    expect(typeof raw['title']).toBe('string');
    expect(raw['owner'].display_id).toBe('silent_one');
    expect(raw['owner'].avatar_thumb.url_list[0]).toBe(`${sim.httpUrl}/pictures/avatars/${raw['owner'].id}/100x100.svg`);
    expect(typeof raw['stats'].total_user).toBe('number');
    expect(raw['stream_url'].hls_pull_url).toBe(`${sim.httpUrl}/media/silent_one/hls_sd/index.m3u8`);
    client.ws.close();
  });

  it('normalises @handles and URL forms like the service', async () => {
    const client = connectClient(sim, { uniqueId: 'https://www.tiktok.com/@silent_one/live' });
    await client.waitFor(() => client.ofType('tiktok.connect').length === 1);
    expect(sim.handshakes.at(-1)?.uniqueId).toBe('silent_one');
    client.ws.close();
  });

  it('keeps @ in the id when normalizeUniqueId=false, so the creator is unknown (4404)', async () => {
    const client = connectClient(sim, { uniqueId: '@silent_one', 'features.normalizeUniqueId': 'false' });
    expect((await client.closed).code).toBe(4404);
  });

  it('sends bare items without an envelope when bundleEvents=false', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one', 'features.bundleEvents': 'false' });
    await client.waitFor(() => client.frames.length >= 3);
    sim.inject('silent_one', [
      { type: 'WebcastChatMessage', data: { comment: 'a' } },
      { type: 'WebcastChatMessage', data: { comment: 'b' } },
    ]);
    await client.waitFor(() => client.frames.length >= 5);
    for (const frame of client.frames as Record<string, unknown>[]) {
      expect(frame).not.toHaveProperty('messages');
      expect(typeof frame['type']).toBe('string');
    }
    expect(client.items.slice(3).map((i) => i.data['comment'])).toEqual(['a', 'b']);
    client.ws.close();
  });
});

describe('close codes', () => {
  it.each([
    ['no uniqueId', { uniqueId: undefined }],
    ['empty uniqueId', { uniqueId: '' }],
    ['capitalised boolean', { uniqueId: 'silent_one', 'features.bundleEvents': 'True' }],
    ['"yes" boolean', { uniqueId: 'silent_one', 'features.rawMessages': 'yes' }],
    ['number below range', { uniqueId: 'silent_one', 'features.closeInactiveWebSocketAfter': '0' }],
    ['number above range', { uniqueId: 'silent_one', 'features.syntheticPresenceLeaveAfter': '3601' }],
    ['non-numeric number', { uniqueId: 'silent_one', 'features.closeInactiveWebSocketAfter': 'abc' }],
    ['unknown schema', { uniqueId: 'silent_one', 'features.schemaVersion': 'v9' }],
  ])('opens then closes 4400 for %s', async (_name, query) => {
    const client = connectClient(sim, query);
    await client.opened;
    const closed = await client.closed;
    expect(closed).toEqual({ code: 4400, reason: 'Invalid options provided' });
    expect(client.items).toHaveLength(0);
  });

  it('ignores unknown keys, including unknown features and legacy top-level schemaVersion', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one', 'features.fooBar': 'zzz', schemaVersion: 'v1', other: 'x', 'features.webcastPlatform': 'web' });
    await client.waitFor(() => client.ofType('tiktok.connect').length === 1);
    client.ws.close();
  });

  it('closes 4401 without credentials, with an unknown key, and with jwtKey=null', async () => {
    for (const query of [{}, { apiKey: 'nope' }, { jwtKey: 'null' }, { jwtKey: 'not.a.jwt' }]) {
      const client = connectClient(sim, { uniqueId: 'silent_one', ...query }, { withApiKey: false });
      expect((await client.closed).code).toBe(4401);
    }
  });

  it('closes 4404 right after open for an offline creator, and for an unknown one', async () => {
    for (const uniqueId of ['off_one', 'nobody_here']) {
      const client = connectClient(sim, { uniqueId });
      const closed = await client.closed;
      expect(closed).toEqual({ code: 4404, reason: 'Streamer is not live' });
      expect(client.items).toHaveLength(0);
    }
  });

  it('records every handshake with its unredacted query and close code', async () => {
    const client = connectClient(sim, { uniqueId: 'off_one' });
    await client.closed;
    const last = sim.handshakes.at(-1);
    expect(last?.query['apiKey']).toBe(DEMO_API_KEY);
    expect(last?.closeCode).toBe(4404);
  });

  it('endStream sends ControlMessage action 3, then tiktok.disconnect 4005, closes 4005, and the creator is offline', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.endStream('silent_one');
    const closed = await client.closed;
    expect(closed).toEqual({ code: 4005, reason: 'TikTok stream ended' });
    const tail = client.items.slice(3);
    expect(tail.map((i) => i.type)).toEqual(['WebcastControlMessage', 'tiktok.disconnect']);
    expect(tail[0]?.data['action']).toBe(3);
    expect(tail[1]?.data).toEqual({ reason: 4005 });
    const again = connectClient(sim, { uniqueId: 'silent_one' });
    expect((await again.closed).code).toBe(4404);
    sim.setLive('silent_one', true);
    const back = connectClient(sim, { uniqueId: 'silent_one' });
    await back.waitFor(() => back.ofType('tiktok.connect').length === 1);
    back.ws.close();
  });

  it.each([4500, 4556, 4557, 1011, 4555])('closeSockets forces close code %i with the service reason', async (code) => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.closeSockets('silent_one', code);
    const closed = await client.closed;
    expect(closed.code).toBe(code);
    expect(closed.reason.length).toBeGreaterThan(0);
  });

  it('closeSockets rejects codes that cannot travel in a close frame', () => {
    expect(() => sim.closeSockets('silent_one', 1006)).toThrow(TypeError);
    expect(() => sim.closeSockets('silent_one', 5000)).toThrow(TypeError);
  });

  it('dropSockets cuts the TCP connection without a close frame (client sees 1006)', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.dropSockets('silent_one');
    expect((await client.closed).code).toBe(1006);
    await waitUntil(() => sim.stats().sockets === 0);
  });
});

describe('control', () => {
  it('inject sends one bundle, filling msgId/createTime/method and keeping given values', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.inject('silent_one', [
      { type: 'WebcastChatMessage', data: { comment: 'hi', user: { userId: '1', uniqueId: 'u1' } } },
      { type: 'WebcastLikeMessage', data: { likeCount: 3, common: { msgId: '42' } } },
    ]);
    await client.waitFor(() => client.items.length >= 5);
    expect(client.frames).toHaveLength(4);
    const [chat, like] = client.items.slice(3);
    const chatCommon = chat?.data['common'] as Record<string, string>;
    expect(chatCommon['msgId']).toMatch(/^\d+$/);
    expect(chatCommon['method']).toBe('WebcastChatMessage');
    expect(Number(chatCommon['createTime'])).toBeGreaterThan(1e12);
    expect((like?.data['common'] as Record<string, string>)['msgId']).toBe('42');
    client.ws.close();
  });

  it('inject translates v2 data for v3 sockets and v3 data for v2 sockets', async () => {
    const v2 = connectClient(sim, { uniqueId: 'silent_one' });
    const v3 = connectClient(sim, { uniqueId: 'silent_one', 'features.schemaVersion': 'v3' });
    await v2.waitFor(() => v2.items.length >= 3);
    await v3.waitFor(() => v3.items.length >= 3);
    sim.inject('silent_one', [{ type: 'WebcastChatMessage', data: { comment: 'v2 text', user: { userId: '9', uniqueId: 'nine' } } }]);
    sim.inject('silent_one', [{ type: 'WebcastLikeMessage', data: { count: 2, total: '10' } }], { schema: 'v3' });
    await v2.waitFor(() => v2.items.length >= 5);
    await v3.waitFor(() => v3.items.length >= 5);
    expect(v2.items[3]?.data).toMatchObject({ comment: 'v2 text', user: { userId: '9', uniqueId: 'nine' } });
    expect(v3.items[3]?.data).toMatchObject({ content: 'v2 text', user: { id: '9', displayId: 'nine' } });
    expect(v2.items[4]?.data).toMatchObject({ likeCount: 2, totalLikeCount: 10 });
    expect(v3.items[4]?.data).toMatchObject({ count: 2, total: '10' });
    v2.ws.close();
    v3.ws.close();
  });

  it('sendRaw sends exactly the given frame', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.sendRaw('silent_one', '{not json');
    await client.waitFor(() => client.raw.length >= 4);
    expect(client.raw[3]).toBe('{not json');
    client.ws.close();
  });

  it('stallSockets keeps the socket open but sends nothing until the stall ends', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    sim.stallSockets('silent_one', 400);
    sim.inject('silent_one', [{ type: 'WebcastChatMessage', data: { comment: 'lost' } }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(client.items).toHaveLength(3);
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    await waitUntil(() => {
      sim.inject('silent_one', [{ type: 'WebcastChatMessage', data: { comment: 'after' } }]);
      return client.items.some((i) => i.data['comment'] === 'after');
    });
    expect(client.items.some((i) => i.data['comment'] === 'lost')).toBe(false);
    client.ws.close();
  });

  it('a stalled socket does not answer pings', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    let pongs = 0;
    client.ws.on('pong', () => pongs++);
    client.ws.ping();
    await waitUntil(() => pongs === 1);
    sim.stallSockets('silent_one');
    client.ws.ping();
    await new Promise((r) => setTimeout(r, 200));
    expect(pongs).toBe(1);
    client.ws.terminate();
  });

  it('stats counts open sockets per creator', async () => {
    const a = connectClient(sim, { uniqueId: 'silent_one' });
    const b = connectClient(sim, { uniqueId: 'silent_one' });
    const c = connectClient(sim, { uniqueId: 'busy_one' });
    await waitUntil(() => sim.stats().sockets === 3);
    expect(sim.stats().byCreator).toEqual({ silent_one: 2, busy_one: 1 });
    a.ws.close();
    await waitUntil(() => sim.stats().sockets === 2);
    b.ws.close();
    c.ws.close();
  });

  it('throws a TypeError naming the fix for unknown creators', () => {
    expect(() => sim.inject('ghost', [])).toThrow(/setLive/);
  });

  it('setLive creates an unknown creator as a silent live room', async () => {
    sim.setLive('brand_new', true);
    const client = connectClient(sim, { uniqueId: 'brand_new' });
    await client.waitFor(() => client.ofType('tiktok.connect').length === 1);
    client.ws.close();
  });
});

describe('robustness', () => {
  it('ignores client text and binary frames', async () => {
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    client.ws.send('hello');
    client.ws.send(Buffer.from([1, 2, 3]));
    sim.inject('silent_one', [{ type: 'WebcastChatMessage', data: { comment: 'still here' } }]);
    await client.waitFor(() => client.items.some((i) => i.data['comment'] === 'still here'));
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    client.ws.close();
  });

  it('closes 1009 on a huge client frame and keeps serving others', async () => {
    const other = connectClient(sim, { uniqueId: 'silent_one' });
    const client = connectClient(sim, { uniqueId: 'silent_one' });
    await client.waitFor(() => client.items.length >= 3);
    client.ws.send(Buffer.alloc(2 * 1024 * 1024));
    expect((await client.closed).code).toBe(1009);
    await other.waitFor(() => other.items.length >= 3);
    sim.inject('silent_one', [{ type: 'WebcastChatMessage', data: { comment: 'ok' } }]);
    await other.waitFor(() => other.items.some((i) => i.data['comment'] === 'ok'));
    other.ws.close();
  });

  it('handles garbage query strings with 4400 or 4404, never a crash', async () => {
    for (const path of ['/?%%%', '/?uniqueId=%E0%A4%A', '/?&&&=&=', '/?uniqueId=a&uniqueId=b&features.=1', '/some/path?uniqueId=%00']) {
      const client = connectUrl(`${sim.wsUrl}${path}`);
      const { code } = await client.closed;
      expect([4400, 4401, 4404]).toContain(code);
    }
    const ok = connectClient(sim, { uniqueId: 'silent_one' });
    await ok.waitFor(() => ok.items.length >= 3);
    ok.ws.close();
  });

  it('close() is idempotent and ends every socket', async () => {
    const client = connectClient(sim, { uniqueId: 'busy_one' });
    await client.waitFor(() => client.items.length >= 3);
    await Promise.all([sim.close(), sim.close()]);
    expect([1001, 1006]).toContain((await client.closed).code);
  });
});

describe('options', () => {
  it('rejects bad options with a TypeError that says what to pass', async () => {
    await expect(createSimulator({ timeScale: 0 })).rejects.toThrow(/timeScale must be a positive number/);
    await expect(createSimulator({ apiKeys: [] })).rejects.toThrow(TypeError);
    await expect(createSimulator({ creators: [{ uniqueId: 'x', live: true, scenario: 'dance' as never }] })).rejects.toThrow(/Unknown scenario "dance"/);
  });

  it('runs a custom scenario with its own events', async () => {
    const custom = await createSimulator({
      creators: [
        {
          uniqueId: 'custom',
          live: true,
          scenario: { name: 'hello', start: (ctx) => ctx.every(20, () => ctx.emit([{ kind: 'chat', user: ctx.randomUser(), comment: 'custom!' }])) },
        },
      ],
    });
    try {
      const client = connectClient(custom, { uniqueId: 'custom' });
      await client.waitFor(() => client.ofType('WebcastChatMessage').length >= 2);
      expect(client.ofType('WebcastChatMessage')[0]?.data['comment']).toBe('custom!');
      client.ws.close();
    } finally {
      await custom.close();
    }
  });
});
