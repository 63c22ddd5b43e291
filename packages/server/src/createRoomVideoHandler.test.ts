import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { listenLocal, startSim } from '@tiktok-live-rx/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoomVideoHandler, type RoomVideoHandlerOptions } from './createRoomVideoHandler.js';

const API_KEY = `video-secret-${randomUUID()}`;
let sim: Simulator;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  sim = await startSim({ apiKeys: [API_KEY] });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function handler(options: Partial<RoomVideoHandlerOptions> = {}) {
  return createRoomVideoHandler({ apiKey: API_KEY, restUrl: sim.httpUrl, ...options });
}

const get = (query: string): Request => new Request(`http://app.test/api/room-video${query}`);

describe('createRoomVideoHandler against the simulator', () => {
  it('answers the HLS URL of a live creator, which the simulator serves, and never the key', async () => {
    const response = await handler()(get('?uniqueId=@Silent_Creator'));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(text) as { uniqueId: string; url: string; streamType: string };
    expect(body).toMatchObject({ uniqueId: 'silent_creator', streamType: 'hls_sd' });
    expect(text).not.toContain(API_KEY);
    const playlist = await fetch(body.url);
    expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    expect(await playlist.text()).toMatch(/^#EXTM3U/);
  });

  it('asks for the requested rendition', async () => {
    const body = (await (await handler()(get('?uniqueId=silent_creator&streamType=hls_ld'))).json()) as { streamType: string; url: string };
    expect(body.streamType).toBe('hls_ld');
    expect(body.url).toMatch(/\.m3u8$/);
  });

  it('answers 404 not-live for a creator that is offline', async () => {
    const response = await handler()(get('?uniqueId=offline_creator'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not-live' });
  });

  it.each([
    ['no uniqueId', '', 'invalid-unique-id'],
    ['an invalid handle', '?uniqueId=no%20spaces', 'invalid-unique-id'],
    ['an unknown streamType', '?uniqueId=silent_creator&streamType=mp4', 'invalid-stream-type'],
  ])('refuses %s with 400 %s', async (_, query, code) => {
    const response = await handler()(get(query));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code });
  });

  it('refuses POST with 405', async () => {
    const response = await handler()(new Request('http://app.test/api/room-video?uniqueId=silent_creator', { method: 'POST' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('asks allowCreator and answers 403 creator-not-allowed', async () => {
    const response = await handler({ allowCreator: (uniqueId) => uniqueId !== 'silent_creator' })(get('?uniqueId=silent_creator'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'creator-not-allowed' });
  });

  it('rate-limits per client', async () => {
    const video = handler({ rateLimit: { limit: 1 } });
    expect((await video(get('?uniqueId=silent_creator'), { clientAddress: '10.0.0.9' })).status).toBe(200);
    expect((await video(get('?uniqueId=silent_creator'), { clientAddress: '10.0.0.9' })).status).toBe(429);
  });

  it('answers 401 api-key-rejected for a wrong key, without it', async () => {
    const wrong = `nope-${API_KEY}`;
    const response = await handler({ apiKey: wrong })(get('?uniqueId=silent_creator'));
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ code: 'api-key-rejected' });
    expect(text).not.toContain(wrong);
  });

  it('answers 504 upstream-timeout when Euler Stream hangs', async () => {
    const local = await listenLocal(createServer(() => undefined));
    cleanups.push(() => local.close());
    const response = await handler({ restUrl: local.url, timeoutMs: 200 })(get('?uniqueId=silent_creator'));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ code: 'upstream-timeout' });
  });
});
