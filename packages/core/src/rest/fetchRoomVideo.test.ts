import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { fetchRoomVideo } from './fetchRoomVideo.js';
import { RestError } from './restError.js';
import { RoomVideoError } from './roomVideoError.js';
import {
  API_KEY,
  JWT,
  expectNoSecrets,
  json,
  rejection,
  restTest,
  waitFor,
  type Reply,
} from '../testing/restTestServer.js';

const it = restTest.extend('defaultReply', (): Reply => (_req, res) =>
  json(res, 200, { code: 200, message: 'OK', url: 'http://cdn.local/live.m3u8', streamType: 'hls_sd' }),
);

describe('fetchRoomVideo', () => {
  it('GETs /webcast/room_video with uniqueId, streamType and the x-api-key header', async ({ baseUrl, seen }) => {
    const video = await fetchRoomVideo('@Some_Creator', { apiKey: API_KEY, baseUrl, streamType: 'flv_ld' });
    expect(video).toEqual({
      url: 'http://cdn.local/live.m3u8',
      streamType: 'hls_sd',
      raw: { code: 200, message: 'OK', url: 'http://cdn.local/live.m3u8', streamType: 'hls_sd' },
    });
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.path).toBe('/webcast/room_video');
    expect(req.query.get('uniqueId')).toBe('some_creator');
    expect(req.query.get('streamType')).toBe('flv_ld');
    expect(req.headers['x-api-key']).toBe(API_KEY);
    expect(req.headers['x-jwt-key']).toBeUndefined();
    // The key never goes into the URL.
    expect([...req.query.values()].join()).not.toContain(API_KEY);
  });

  it('sends a JWT as x-jwt-key and omits streamType when not given', async ({ server, baseUrl, seen }) => {
    server.reply = (_req, res) => json(res, 200, { code: 200, url: 'http://cdn.local/x.flv' });
    const video = await fetchRoomVideo('creator', { jwt: JWT, baseUrl: `${baseUrl}/` });
    expect(video.url).toBe('http://cdn.local/x.flv');
    expect(video.streamType).toBeUndefined();
    expect(seen[0]!.headers['x-jwt-key']).toBe(JWT);
    expect(seen[0]!.headers['x-api-key']).toBeUndefined();
    expect(seen[0]!.query.has('streamType')).toBe(false);
  });

  it('returns url undefined and the raw body when the body has no url', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 200, { code: 200, data: { hls: 'h' } });
    const video = await fetchRoomVideo('creator', { jwt: JWT, baseUrl, streamType: 'hls_ld' });
    expect(video).toEqual({ url: undefined, streamType: 'hls_ld', raw: { code: 200, data: { hls: 'h' } } });
  });

  it('throws RoomVideoError with status, code and the body message on a non-2xx response', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 403, { code: 403, message: 'Requires Business Plan' });
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }));
    expect(error).toBeInstanceOf(RoomVideoError);
    expect(error).toBeInstanceOf(RestError);
    expect(error).toMatchObject({ name: 'RoomVideoError', status: 403, code: 'rest', bodyCode: 403, endpoint: '/webcast/room_video' });
    expect((error as Error).message).toContain('Requires Business Plan');
    expectNoSecrets(error);
  });

  it('throws when HTTP is 200 but the body code is not 200', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 200, { code: 404, message: 'User is offline' });
    const error = await rejection(fetchRoomVideo('creator', { jwt: JWT, baseUrl }));
    expect(error).toMatchObject({ name: 'RoomVideoError', status: 200, code: 'rest', bodyCode: 404 });
    expect((error as Error).message).toContain('User is offline');
  });

  it('redacts the key even when the server echoes it in its message', async ({ server, baseUrl }) => {
    server.reply = (req, res) => json(res, 401, { code: 401, message: `invalid key ${String(req.headers['x-api-key'])}` });
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }));
    expect((error as Error).message).toContain('[redacted]');
    expectNoSecrets(error);
  });

  it('reports Retry-After on 429 in milliseconds', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 429, { code: 429, message: 'Too many requests' }, { 'retry-after': '7' });
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }));
    expect(error).toMatchObject({ status: 429, code: 'rest', bodyCode: 429, retryAfterMs: 7000 });
  });

  it('throws on a non-JSON body, whatever the status', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    };
    expect(await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }))).toMatchObject({
      status: 502,
      code: 'rest',
      bodyCode: undefined,
    });
    server.reply = (_req, res) => {
      res.writeHead(200);
      res.end('not json');
    };
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }));
    expect(error).toBeInstanceOf(RoomVideoError);
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it('maps a network failure to status 0 without leaking the key', async () => {
    // A port nothing listens on: bind one, then close it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl: `http://127.0.0.1:${port}` }));
    expect(error).toMatchObject({ name: 'RoomVideoError', status: 0 });
    expectNoSecrets(error);
  });

  it('rejects with the abort reason when the signal aborts', async ({ server, baseUrl, seen }) => {
    server.reply = () => {
      // Never answer; the abort must end the request.
    };
    const controller = new AbortController();
    const pending = fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl, signal: controller.signal });
    // Abort mid-request: once the server holds the request (bounded wait).
    await waitFor(() => seen.length === 1);
    const reason = new Error('stop');
    controller.abort(reason);
    expect(await rejection(pending)).toBe(reason);
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ code: 200, url: 'u' }), { status: 200 });
    };
    const video = await fetchRoomVideo('creator', { jwt: JWT, fetch: fakeFetch });
    expect(video.url).toBe('u');
    expect(calls).toEqual(['https://tiktok.eulerstream.com/webcast/room_video?uniqueId=creator']);
  });

  it('throws TypeError for bad arguments, before any request', async ({ baseUrl, seen }) => {
    await expect(fetchRoomVideo('creator', { baseUrl })).rejects.toThrow(TypeError);
    await expect(fetchRoomVideo('creator', { baseUrl, apiKey: API_KEY, jwt: JWT })).rejects.toThrow(/either apiKey or jwt/);
    await expect(fetchRoomVideo('creator', { baseUrl, apiKey: '' })).rejects.toThrow(TypeError);
    await expect(fetchRoomVideo('creator', { baseUrl, apiKey: API_KEY, streamType: 'hd' as never })).rejects.toThrow(
      /streamType must be one of/,
    );
    await expect(fetchRoomVideo('not a handle!', { baseUrl, apiKey: API_KEY })).rejects.toThrow(/uniqueId/);
    await expect(fetchRoomVideo('creator', { baseUrl: 'not a url', apiKey: API_KEY })).rejects.toThrow(/baseUrl/);
    await expect(fetchRoomVideo('creator', { baseUrl: 'ftp://x', apiKey: API_KEY })).rejects.toThrow(/baseUrl/);
    // The library's one option vocabulary.
    await expect(fetchRoomVideo('creator', { baseUrl, apiKey: API_KEY, streamType: 'hd' as never })).rejects.toThrow(
      /^fetchRoomVideo: streamType must be one of 'hls_ld', 'hls_sd', 'flv_ld', 'flv_sd'; got "hd"\.$/,
    );
    await expect(fetchRoomVideo('not a handle!', { baseUrl, apiKey: API_KEY })).rejects.toThrow(
      /^GET \/webcast\/room_video: uniqueId must be a TikTok handle such as 'user' or '@user'; got "not a handle!"\.$/,
    );
    await expect(fetchRoomVideo('creator', { baseUrl: 'ftp://x?apiKey=sk_9', apiKey: API_KEY })).rejects.toThrow(
      /^GET \/webcast\/room_video: baseUrl must be an absolute http:\/\/ or https:\/\/ URL; got "ftp:\/\/x\?apiKey=\[redacted\]"\. Omit it to use https:\/\/tiktok.eulerstream.com\.$/,
    );
    expect(seen).toHaveLength(0);
  });

  it('keeps secrets out of TypeError messages too', async ({ baseUrl }) => {
    const error = await rejection(fetchRoomVideo('creator', { baseUrl, apiKey: API_KEY, jwt: JWT }));
    expectNoSecrets(error);
  });
});

