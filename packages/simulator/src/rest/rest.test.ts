import { connect } from 'node:net';
import EulerStreamApiClient from '@eulerstream/euler-api-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { connectClient } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await createSimulator({
    accountId: 7,
    creators: [
      { uniqueId: 'live_one', live: true, scenario: 'silent' },
      { uniqueId: 'off_one', live: false, scenario: 'silent' },
    ],
  });
});

afterAll(async () => {
  await sim.close();
});

const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${sim.httpUrl}${path}`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
};
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  call(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('@eulerstream/euler-api-sdk compatibility', () => {
  const client = () => new EulerStreamApiClient({ apiKey: sim.apiKey, basePath: sim.httpUrl });

  it('createJWT returns {code:200, token, config} and the token opens a WebSocket', async () => {
    const res = await client().authentication.createJWT(sim.accountId, {
      expireAfter: 60,
      websockets: { allowedCreators: ['live_one'], maxWebSockets: 2 },
      name: 'demo',
    });
    expect(res.status).toBe(200);
    expect(res.data.code).toBe(200);
    expect(res.data.config).toMatchObject({ ttl: 60, accountId: 7, name: 'demo', webSocketData: { allowedCreators: ['live_one'], maxWebSockets: 2 } });
    expect(res.data.config?.expiresAt).toBeGreaterThan(Date.now());
    const ws = connectClient(sim, { uniqueId: 'live_one', jwtKey: res.data.token! });
    await ws.waitFor(() => ws.ofType('tiktok.connect').length === 1);
    ws.ws.close();
  });

  it('retrieveRoomVideo returns a URL per streamType that the simulator serves as HLS', async () => {
    const res = await client().webcast.retrieveRoomVideo('live_one', 'hls_ld');
    expect(res.status).toBe(200);
    const body = res.data as unknown as { code: number; message: string; url: string; streamType: string };
    expect(body).toMatchObject({ code: 200, message: 'OK', streamType: 'hls_ld' });
    const playlist = await fetch(body.url);
    expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    const text = await playlist.text();
    expect(text).toMatch(/^#EXTM3U/);
    const segment = text.split('\n').find((l) => l.startsWith('segment'))!;
    const ts = await fetch(new URL(segment, body.url));
    expect(ts.headers.get('content-type')).toBe('video/mp2t');
    const bytes = new Uint8Array(await ts.arrayBuffer());
    expect(bytes[0]).toBe(0x47); // MPEG-TS sync byte
  });

  it('retrieveRoomVideo with a JWT client (x-jwt-key) works too', async () => {
    const token = await sim.createJwt({ expireAfter: 60 });
    const res = await call('/webcast/room_video?uniqueId=live_one', { headers: { 'x-jwt-key': token } });
    expect(res.body).toMatchObject({ code: 200, streamType: 'hls_sd' });
  });

  it('retrieveRoomId reports is_live', async () => {
    const live = await client().webcast.retrieveRoomId('live_one');
    expect(live.data).toMatchObject({ code: 200, ok: true, is_live: true });
    expect(live.data.room_id).toMatch(/^\d+$/);
    const off = await client().webcast.retrieveRoomId('off_one');
    expect(off.data).toMatchObject({ code: 200, is_live: false });
  });

  it('a wrong API key gets 401 with a JSON code (the SDK does not throw)', async () => {
    const bad = new EulerStreamApiClient({ apiKey: 'wrong', basePath: sim.httpUrl });
    const res = await bad.authentication.createJWT(sim.accountId, { expireAfter: 60 });
    expect(res.status).toBe(401);
    expect(res.data.code).toBe(401);
  });
});

describe('POST /accounts/:id/jwt/create', () => {
  it('accepts the apiKey query as well as the x-api-key header', async () => {
    const res = await post(`/accounts/7/jwt/create?apiKey=${sim.apiKey}`, JSON.stringify({ expireAfter: 30 }));
    expect(res.status).toBe(200);
    expect(typeof res.body['token']).toBe('string');
  });

  it('refuses x-jwt-key as authentication (401)', async () => {
    const token = await sim.createJwt({ expireAfter: 60 });
    const res = await post('/accounts/7/jwt/create', JSON.stringify({ expireAfter: 30 }), { 'x-jwt-key': token });
    expect(res).toMatchObject({ status: 401, body: { code: 401 } });
  });

  it('answers 403 for another account and 400 for a non-numeric one', async () => {
    expect((await post('/accounts/8/jwt/create', '{"expireAfter":30}', { 'x-api-key': sim.apiKey })).body.code).toBe(403);
    expect((await post('/accounts/abc/jwt/create', '{"expireAfter":30}', { 'x-api-key': sim.apiKey })).body.code).toBe(400);
  });

  it.each([
    ['bad JSON', '{"expireAfter":'],
    ['an array', '[1]'],
    ['no expireAfter', '{}'],
    ['extra property', '{"expireAfter":30,"foo":1}'],
    ['expireAfter too large', '{"expireAfter":999999}'],
    ['websockets without maxWebSockets', '{"expireAfter":30,"websockets":{"allowedCreators":null}}'],
    ['allowedCreators not strings', '{"expireAfter":30,"websockets":{"allowedCreators":[1],"maxWebSockets":1}}'],
    ['extra websockets property', '{"expireAfter":30,"websockets":{"allowedCreators":null,"maxWebSockets":1,"x":1}}'],
  ])('answers 400 with a message for %s', async (_name, body) => {
    const res = await post('/accounts/7/jwt/create', body, { 'x-api-key': sim.apiKey });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(400);
    expect(res.body.message).toMatch(/\S/);
  });

  it('answers 405 for GET', async () => {
    const res = await call('/accounts/7/jwt/create', { headers: { 'x-api-key': sim.apiKey } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('GET /webcast/room_video and /webcast/room_id', () => {
  const key = () => ({ 'x-api-key': sim.apiKey });
  it('validates uniqueId and streamType', async () => {
    expect((await call('/webcast/room_video', { headers: key() })).body.code).toBe(400);
    expect((await call('/webcast/room_video?uniqueId=live_one&streamType=mp4', { headers: key() })).body.code).toBe(400);
  });

  it('answers 404 for offline or unknown creators and 401 without credentials', async () => {
    expect((await call('/webcast/room_video?uniqueId=off_one', { headers: key() })).body.code).toBe(404);
    expect((await call('/webcast/room_video?uniqueId=nobody', { headers: key() })).body.code).toBe(404);
    expect((await call('/webcast/room_video?uniqueId=live_one')).body.code).toBe(401);
    expect((await call('/webcast/room_id?uniqueId=nobody', { headers: key() })).body).toMatchObject({ code: 404, ok: false });
  });

  it('answers 403 when the JWT does not allow the creator', async () => {
    const token = await sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: ['off_one'], maxWebSockets: 1 } });
    expect((await call('/webcast/room_video?uniqueId=live_one', { headers: { 'x-jwt-key': token } })).body.code).toBe(403);
  });

  it('answers 429 past a JWT limits.minute', async () => {
    const token = await sim.createJwt({ expireAfter: 60, limits: { day: 100, hour: 100, minute: 2 } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await call('/webcast/room_id?uniqueId=live_one', { headers: { 'x-jwt-key': token } })).body.code);
    expect(codes).toEqual([200, 200, 429]);
  });

  it('serves FLV URLs as a clear 404', async () => {
    const res = await call('/webcast/room_video?uniqueId=live_one&streamType=flv_sd', { headers: key() });
    expect(res.body.url).toMatch(/\.flv$/);
    const flv = await fetch(res.body.url as string);
    expect(flv.status).toBe(404);
    expect(((await flv.json()) as { message: string }).message).toMatch(/hls/);
  });
});

describe('unknown paths and methods', () => {
  it('answers 404 JSON for unknown paths and keeps serving', async () => {
    expect((await call('/nope')).body).toMatchObject({ code: 404 });
    expect((await call('/webcast/room_info?uniqueId=x')).status).toBe(404);
    expect((await call('/')).body.code).toBe(200);
  });

  it('answers 405 for wrong methods', async () => {
    expect((await call('/webcast/room_id?uniqueId=x', { method: 'DELETE' })).status).toBe(405);
    expect((await call('/', { method: 'PUT' })).status).toBe(405);
  });
});

describe('malformed HTTP', () => {
  it('answers 400 to a garbage request line and keeps serving', async () => {
    const { port } = new URL(sim.httpUrl);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GARBAGE \x00\x01 nonsense\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await call('/')).body.code).toBe(200);
  });

  it('answers 413 to an oversized body', async () => {
    const res = await post('/accounts/7/jwt/create', JSON.stringify({ expireAfter: 30, name: 'x'.repeat(2 * 1024 * 1024) }), { 'x-api-key': sim.apiKey });
    expect(res.status).toBe(413);
  });
});
