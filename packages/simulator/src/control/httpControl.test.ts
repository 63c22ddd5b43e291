import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { connectClient, waitUntil } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator;

beforeEach(async () => {
  sim = await createSimulator({ creators: [{ uniqueId: 'room', live: true, scenario: 'silent' }] });
});

afterEach(async () => {
  await sim.close();
});

const post = async (path: string, body?: unknown) => {
  const res = await fetch(`${sim.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const open = async () => {
  const client = connectClient(sim, { uniqueId: 'room' });
  await client.waitFor(() => client.ofType('tiktok.connect').length === 1);
  return client;
};

describe('/_sim control endpoints', () => {
  it('GET /_sim/stats and /_sim/creators report sockets and live state', async () => {
    const client = await open();
    const stats = await (await fetch(`${sim.httpUrl}/_sim/stats`)).json();
    expect(stats).toEqual({ code: 200, sockets: 1, byCreator: { room: 1 } });
    const creators = await (await fetch(`${sim.httpUrl}/_sim/creators`)).json();
    expect(creators).toEqual({ code: 200, creators: [{ uniqueId: 'room', live: true, sockets: 1 }] });
    client.ws.close();
  });

  it('POST inject sends items (object or array body)', async () => {
    const client = await open();
    expect((await post('/_sim/creators/room/inject', { items: [{ type: 'WebcastChatMessage', data: { comment: 'via http' } }] })).status).toBe(200);
    expect((await post('/_sim/creators/room/inject', [{ type: 'WebcastChatMessage', data: { comment: 'array' } }])).status).toBe(200);
    await client.waitFor(() => client.ofType('WebcastChatMessage').length === 2);
    expect(client.ofType('WebcastChatMessage').map((c) => c.data['comment'])).toEqual(['via http', 'array']);
    client.ws.close();
  });

  it('POST close forces a code; POST drop gives 1006', async () => {
    const a = await open();
    await post('/_sim/creators/room/close', { code: 4500 });
    expect((await a.closed).code).toBe(4500);
    const b = await open();
    await post('/_sim/creators/room/drop');
    expect((await b.closed).code).toBe(1006);
  });

  it('POST end closes 4005 and POST live brings the creator back', async () => {
    const client = await open();
    await post('/_sim/creators/room/end');
    expect((await client.closed).code).toBe(4005);
    expect((await (await fetch(`${sim.httpUrl}/_sim/creators`)).json()).creators[0].live).toBe(false);
    await post('/_sim/creators/room/live', { live: true });
    const again = await open();
    again.ws.close();
  });

  it('POST raw, stall and gift-storm reach the sockets', async () => {
    const client = await open();
    await post('/_sim/creators/room/raw', { frame: 'garbage' });
    await client.waitFor(() => client.raw.includes('garbage'));
    await post('/_sim/creators/room/gift-storm', { streaks: 2, maxRepeat: 2, durationMs: 50 });
    await client.waitFor(() => client.ofType('WebcastGiftMessage').filter((g) => g.data['repeatEnd'] === 1 || (g.data['giftDetails'] as { giftType: number }).giftType !== 1).length === 2);
    await post('/_sim/creators/room/stall', { ms: 10_000 });
    await post('/_sim/creators/room/raw', { frame: 'hidden' });
    await new Promise((r) => setTimeout(r, 100));
    expect(client.raw).not.toContain('hidden');
    client.ws.terminate();
  });

  it('POST /_sim/jwt issues a token', async () => {
    const res = await post('/_sim/jwt', { expireAfter: 60 });
    expect(res.body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('answers clear errors for bad input and keeps serving', async () => {
    expect((await post('/_sim/creators/room/inject', '{oops')).status).toBe(400);
    expect((await post('/_sim/creators/room/inject', { items: 'no' })).status).toBe(400);
    expect((await post('/_sim/creators/room/inject', { items: [{ type: 1 }] })).status).toBe(400);
    expect((await post('/_sim/creators/room/close', { code: 1006 })).status).toBe(400);
    expect((await post('/_sim/creators/room/close', {})).status).toBe(400);
    expect((await post('/_sim/creators/room/close', { code: 4500, reason: 'x'.repeat(200) })).status).toBe(400);
    expect((await post('/_sim/creators/room/gift-storm', { streaks: 1e9 })).status).toBe(400);
    expect((await post('/_sim/creators/room/live', { live: 'yes' })).status).toBe(400);
    expect((await post('/_sim/creators/ghost/inject', { items: [] })).status).toBe(404);
    expect((await post('/_sim/creators/%E0%A4%A/inject', { items: [] })).status).toBe(400);
    expect((await fetch(`${sim.httpUrl}/media/%E0%A4%A/hls_sd/index.m3u8`)).status).toBe(400);
    expect((await post('/_sim/creators/room/explode')).status).toBe(404);
    expect((await post('/_sim/whatever')).status).toBe(404);
    expect((await fetch(`${sim.httpUrl}/_sim/creators/room/inject`)).status).toBe(405);
    expect((await fetch(`${sim.httpUrl}/_sim/stats`, { method: 'POST' })).status).toBe(405);
    const client = await open();
    client.ws.close();
    await waitUntil(() => sim.stats().sockets === 0);
  });
});
