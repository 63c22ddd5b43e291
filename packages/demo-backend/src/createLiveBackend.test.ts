import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLiveClient, PermissionError, type LiveClient, type LiveState } from '@tiktok-live-rx/core';
import { createSimulator, DEMO_API_KEY, type Simulator } from '@tiktok-live-rx/simulator';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLiveBackend, EULER_WS_URL, SIMULATOR_CREATORS, type LiveBackend } from './createLiveBackend.js';
import { listenLocal } from '@tiktok-live-rx/test-utils';

const API_KEY = `backend-secret-${randomUUID()}`;

/** Backends, servers and clients a test started; closed after each test. */
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Serves `backend.handle` on 127.0.0.1:0 until `owner`'s cleanups run; paths it passes on answer 404 "next". */
async function serve(backend: LiveBackend, owner = cleanups): Promise<string> {
  const server: Server = createServer((req, res) =>
    backend.handle(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('next');
    }),
  );
  const local = await listenLocal(server);
  owner.push(() => local.close());
  return local.url;
}

async function start(options: Parameters<typeof createLiveBackend>[0]): Promise<{ backend: LiveBackend; url: string }> {
  const backend = await createLiveBackend(options);
  cleanups.push(() => backend.close());
  return { backend, url: await serve(backend) };
}

function postJwt(url: string, body: string): Promise<Response> {
  return fetch(`${url}/api/jwt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** The claims of a JWT (its middle part), unverified. */
function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The first `connected` or `error` state of `uniqueId` with a client that holds `jwt`. */
async function connectWith(sim: Simulator, jwt: string, uniqueId: string): Promise<LiveState> {
  const client: LiveClient = createLiveClient({ url: sim.wsUrl, jwt, reconnect: false });
  cleanups.push(() => client.close());
  return firstValueFrom(
    client.live(uniqueId).state$.pipe(
      filter((state) => state.status === 'connected' || state.status === 'error'),
      timeout(10_000),
    ),
  );
}

describe('createLiveBackend with the embedded simulator (no EULER_* variables)', () => {
  let backend: LiveBackend;
  let url: string;
  const suiteCleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    backend = await createLiveBackend({ env: {}, simulator: { seed: 3, apiKeys: [API_KEY] } });
    suiteCleanups.push(() => backend.close());
    url = await serve(backend, suiteCleanups);
  });
  afterAll(async () => {
    for (const cleanup of suiteCleanups.splice(0).reverse()) await cleanup();
  });

  it('answers GET /api/live-config with the simulator URL and the quick picks, and no key', async () => {
    const response = await fetch(`${url}/api/live-config`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toEqual({ wsUrl: backend.simulator?.wsUrl, service: 'simulator', creators: [...SIMULATOR_CREATORS] });
    expect(text).not.toContain(API_KEY);
  });

  it('mints a JWT for the normalised creator only, one socket, 60 s', async () => {
    const response = await postJwt(url, JSON.stringify({ uniqueId: 'https://www.tiktok.com/@TV_Asahi_News/live' }));
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const payload = claims(token);
    expect(payload['webSocketData']).toEqual({ allowedCreators: ['tv_asahi_news'], maxWebSockets: 1 });
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(60);
    expect(token).not.toContain(API_KEY);
  });

  it('the token connects to its creator and is refused for another (4403)', async () => {
    const sim = backend.simulator as Simulator;
    const { token } = (await (await postJwt(url, JSON.stringify({ uniqueId: 'tv_asahi_news' }))).json()) as { token: string };
    expect((await connectWith(sim, token, 'tv_asahi_news')).status).toBe('connected');
    const refused = await connectWith(sim, token, 'gift_storm');
    expect(refused.status).toBe('error');
    expect(refused.error).toBeInstanceOf(PermissionError);
    expect(refused.closeCode).toBe(4403);
  });

  it.each([
    ['an invalid handle', 400, 'invalid-unique-id', JSON.stringify({ uniqueId: 'not a handle!' })],
    ['no uniqueId', 400, 'invalid-unique-id', JSON.stringify({ creator: 'tv_asahi_news' })],
    ['a uniqueId that is not a string', 400, 'invalid-unique-id', JSON.stringify({ uniqueId: 42 })],
    ['a body that is not JSON', 400, 'invalid-request', 'uniqueId=tv_asahi_news'],
    ['a JSON null', 400, 'invalid-request', 'null'],
    ['a body over 4 KiB', 413, 'body-too-large', JSON.stringify({ uniqueId: 'a', pad: 'x'.repeat(5000) })],
  ])('refuses %s with %i and a JSON { code, error } that says what to send', async (_, status, code, body) => {
    const response = await postJwt(url, body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code, error: expect.stringMatching(/uniqueId|bytes/) });
  });

  it('answers GET /api/room-video with the HLS URL of a live creator, 404 not-live for an offline one, and no key', async () => {
    const live = await fetch(`${url}/api/room-video?uniqueId=tv_asahi_news&streamType=hls_ld`);
    const text = await live.text();
    expect(live.status).toBe(200);
    const body = JSON.parse(text) as { url: string; streamType: string; uniqueId: string };
    expect(body).toMatchObject({ uniqueId: 'tv_asahi_news', streamType: 'hls_ld' });
    expect(text).not.toContain(API_KEY);
    expect(await (await fetch(body.url)).text()).toMatch(/^#EXTM3U/);
    const offline = await fetch(`${url}/api/room-video?uniqueId=offline_creator`);
    expect([offline.status, ((await offline.json()) as { code: string }).code]).toEqual([404, 'not-live']);
  });

  it('answers wrong methods with 405, unknown /api paths with 404, and passes other paths on', async () => {
    expect((await fetch(`${url}/api/jwt`)).status).toBe(405);
    expect((await fetch(`${url}/api/room-video?uniqueId=tv_asahi_news`, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await fetch(`${url}/api/live-config`, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await fetch(`${url}/api/nope`)).status).toBe(404);
    const other = await fetch(`${url}/index.html`);
    expect([other.status, await other.text()]).toEqual([404, 'next']);
    const lookalike = await fetch(`${url}/apis`);
    expect(await lookalike.text()).toBe('next');
  });

  it('uses a fresh random API key when none is given (the demo default): not even the public demo key works', async () => {
    const { backend: other, url: otherUrl } = await start({ env: {} });
    const sim = other.simulator as Simulator;
    expect(other.config).toMatchObject({ service: 'simulator', wsUrl: sim.wsUrl });
    expect((await postJwt(otherUrl, JSON.stringify({ uniqueId: 'gift_storm' }))).status).toBe(200);
    const withDemoKey = await fetch(`${sim.httpUrl}/accounts/${sim.accountId}/jwt/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': DEMO_API_KEY },
      body: JSON.stringify({ expireAfter: 60 }),
    });
    expect(withDemoKey.status).toBe(401);
  });
});

describe('createLiveBackend against the real service (EULER_API_KEY + EULER_ACCOUNT_ID)', () => {
  let sim: Simulator;

  beforeAll(async () => {
    // Stands in for the real REST API (same endpoint and answers).
    sim = await createSimulator({ port: 0, seed: 3, apiKeys: [API_KEY], accountId: 77 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('points the page at wss://ws.eulerstream.com, starts no simulator, and never puts the key in the config', async () => {
    const { backend, url } = await start({ env: { EULER_API_KEY: API_KEY, EULER_ACCOUNT_ID: '77' } });
    expect(backend.simulator).toBeUndefined();
    const text = await (await fetch(`${url}/api/live-config`)).text();
    expect(JSON.parse(text)).toMatchObject({ wsUrl: EULER_WS_URL, service: 'euler-stream' });
    expect(text).not.toContain(API_KEY);
  });

  it('mints through EULER_REST_URL with the key and account id from the environment', async () => {
    const { url } = await start({ env: { EULER_API_KEY: API_KEY, EULER_ACCOUNT_ID: '77', EULER_REST_URL: sim.httpUrl, EULER_WS_URL: sim.wsUrl } });
    expect(JSON.parse(await (await fetch(`${url}/api/live-config`)).text())).toMatchObject({ wsUrl: sim.wsUrl });
    const response = await postJwt(url, JSON.stringify({ uniqueId: '@gift_storm' }));
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(claims(token)).toMatchObject({ accountId: 77, webSocketData: { allowedCreators: ['gift_storm'], maxWebSockets: 1 } });
  });

  it('answers 401 api-key-rejected (final) when the REST API refuses the key, and 502 when it cannot be reached, never with the key', async () => {
    const wrongKey = `wrong-${API_KEY}`;
    const refused = await start({ env: { EULER_API_KEY: wrongKey, EULER_ACCOUNT_ID: '77', EULER_REST_URL: sim.httpUrl } });
    const refusal = await postJwt(refused.url, JSON.stringify({ uniqueId: 'gift_storm' }));
    const refusalText = await refusal.text();
    expect(refusal.status).toBe(401);
    expect(JSON.parse(refusalText)).toMatchObject({ code: 'api-key-rejected', error: expect.stringMatching(/HTTP 401/) });
    expect(refusalText).not.toContain(wrongKey);

    const unreachable = await start({ env: { EULER_API_KEY: API_KEY, EULER_ACCOUNT_ID: '77', EULER_REST_URL: await freedPortUrl() } });
    const failure = await postJwt(unreachable.url, JSON.stringify({ uniqueId: 'gift_storm' }));
    const failureText = await failure.text();
    expect(failure.status).toBe(502);
    expect(JSON.parse(failureText)).toMatchObject({ code: 'upstream-unreachable' });
    expect(failureText).not.toContain(API_KEY);
  });

  it.each([
    [{ EULER_API_KEY: API_KEY }, /Set both EULER_API_KEY and EULER_ACCOUNT_ID/],
    [{ EULER_ACCOUNT_ID: '77' }, /Set both EULER_API_KEY and EULER_ACCOUNT_ID/],
    [{ EULER_API_KEY: API_KEY, EULER_ACCOUNT_ID: 'me' }, /EULER_ACCOUNT_ID must be your numeric Euler account id/],
  ])('refuses an incomplete environment with a TypeError that says what to set (%#)', async (env, message) => {
    const attempt = createLiveBackend({ env });
    await expect(attempt).rejects.toThrow(TypeError);
    await expect(attempt).rejects.toThrow(message);
    await attempt.catch((error: unknown) => expect(String(error)).not.toContain(API_KEY));
  });
});

/** `http://127.0.0.1:PORT` of a port that was listening a moment ago and is closed now. */
async function freedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
