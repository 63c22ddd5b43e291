import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { listenLocal, startSim, waitFor } from '@tiktok-live-rx/test-utils';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJwtHandler } from './createJwtHandler.js';
import { createRoomVideoHandler } from './createRoomVideoHandler.js';
import { toNodeHandler } from './toNodeHandler.js';

const API_KEY = `node-secret-${randomUUID()}`;
let sim: Simulator;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  sim = await startSim({ apiKeys: [API_KEY], accountId: 5 });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const jwtHandler = (rateLimit = 20) => createJwtHandler({ apiKey: API_KEY, accountId: 5, restUrl: sim.httpUrl, rateLimit: { limit: rateLimit } });
const videoHandler = () => createRoomVideoHandler({ apiKey: API_KEY, restUrl: sim.httpUrl });

async function serve(server: ReturnType<typeof createServer>): Promise<string> {
  const local = await listenLocal(server);
  cleanups.push(() => local.close());
  return local.url;
}

const postJwt = (url: string, body: string, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('toNodeHandler', () => {
  it('serves the JWT handler on node:http', async () => {
    const url = await serve(createServer(toNodeHandler(jwtHandler())));
    const response = await postJwt(`${url}/api/jwt`, JSON.stringify({ uniqueId: 'silent_creator' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await response.json()) as { uniqueId: string }).uniqueId).toBe('silent_creator');
  });

  it('answers 413 for a large body on node:http and the connection still carries the answer', async () => {
    const url = await serve(createServer(toNodeHandler(jwtHandler())));
    const response = await postJwt(`${url}/api/jwt`, JSON.stringify({ uniqueId: 'a', pad: 'x'.repeat(100_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'body-too-large' });
  });

  it('rate-limits by the socket address', async () => {
    const url = await serve(createServer(toNodeHandler(jwtHandler(1))));
    expect((await postJwt(`${url}/api/jwt`, JSON.stringify({ uniqueId: 'silent_creator' }))).status).toBe(200);
    const limited = await postJwt(`${url}/api/jwt`, JSON.stringify({ uniqueId: 'silent_creator' }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('works as Express routes, with and without express.json() in front, and with a query', async () => {
    const app = express();
    app.post('/api/jwt', toNodeHandler(jwtHandler()));
    app.post('/api/jwt-parsed', express.json(), toNodeHandler(jwtHandler()));
    app.get('/api/room-video', toNodeHandler(videoHandler()));
    const url = await serve(createServer(app));

    const plain = await postJwt(`${url}/api/jwt`, JSON.stringify({ uniqueId: '@Silent_Creator' }));
    expect(plain.status).toBe(200);
    expect(((await plain.json()) as { uniqueId: string }).uniqueId).toBe('silent_creator');
    const parsed = await postJwt(`${url}/api/jwt-parsed`, JSON.stringify({ uniqueId: 'second_creator' }));
    expect(parsed.status).toBe(200);
    expect(((await parsed.json()) as { uniqueId: string }).uniqueId).toBe('second_creator');
    const invalid = await postJwt(`${url}/api/jwt-parsed`, JSON.stringify({ uniqueId: 'bad handle' }));
    expect([invalid.status, ((await invalid.json()) as { code: string }).code]).toEqual([400, 'invalid-unique-id']);

    const video = await fetch(`${url}/api/room-video?uniqueId=silent_creator&streamType=hls_ld`);
    expect(video.status).toBe(200);
    expect(await video.json()).toMatchObject({ uniqueId: 'silent_creator', streamType: 'hls_ld' });
  });

  it('works under an Express mount path (app.use strips it from req.url)', async () => {
    const app = express();
    app.use('/api/room-video', toNodeHandler(videoHandler()));
    const url = await serve(createServer(app));
    const video = await fetch(`${url}/api/room-video?uniqueId=offline_creator`);
    expect(video.status).toBe(404);
    expect(await video.json()).toMatchObject({ code: 'not-live' });
  });

  it('answers HEAD and other methods through the handler (405 JSON)', async () => {
    const url = await serve(createServer(toNodeHandler(jwtHandler())));
    const response = await fetch(`${url}/api/jwt`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('aborts the Euler Stream call when the client goes away', async () => {
    let upstreamClosed = false;
    let upstreamSeen = false;
    const hanging = createServer((req) => {
      upstreamSeen = true;
      req.socket.once('close', () => (upstreamClosed = true));
    });
    const upstream = await listenLocal(hanging);
    cleanups.push(() => upstream.close());
    const handler = createJwtHandler({ apiKey: API_KEY, accountId: 5, restUrl: upstream.url, timeoutMs: 30_000 });
    const url = await serve(createServer(toNodeHandler(handler)));
    const gone = fetch(`${url}/api/jwt`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"uniqueId":"silent_creator"}',
      signal: AbortSignal.timeout(300),
    });
    await expect(gone).rejects.toThrow();
    await waitFor(() => upstreamSeen && upstreamClosed, { what: 'the upstream request to be aborted', timeout: 10_000 });
  });
});

