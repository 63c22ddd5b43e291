import { describe, expect } from 'vitest';
import { RestError, RoomVideoError, fetchRoomId, fetchRoomVideo } from '../index.js';
import { API_KEY, JWT, expectNoSecrets, json, rejection, restTest as it } from '../testing/restTestServer.js';

describe('the REST helpers the main entry exports (implementation loaded on first call)', () => {
  it('fetchRoomId resolves what the service says', async ({ server, baseUrl, seen }) => {
    server.reply = (_req, res) => json(res, 200, { code: 200, is_live: false, room_id: 7401 });
    await expect(fetchRoomId('creator', { jwt: JWT, baseUrl })).resolves.toEqual({
      roomId: '7401',
      isLive: false,
      raw: { code: 200, is_live: false, room_id: 7401 },
    });
    expect(seen[0]!.path).toBe('/webcast/room_id');
  });

  it('fetchRoomVideo resolves the url and rejects with RoomVideoError on a non-2xx answer', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 200, { code: 200, url: 'http://cdn.local/a.m3u8' });
    await expect(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl })).resolves.toMatchObject({ url: 'http://cdn.local/a.m3u8' });
    server.reply = (_req, res) => json(res, 403, { code: 403, message: 'plan' });
    const error = await rejection(fetchRoomVideo('creator', { apiKey: API_KEY, baseUrl }));
    expect(error).toBeInstanceOf(RoomVideoError);
    expect(error).toBeInstanceOf(RestError);
    expectNoSecrets(error);
  });

  it('a bad argument is still a rejected TypeError', async () => {
    expect(await rejection(fetchRoomId('', { jwt: JWT }))).toBeInstanceOf(TypeError);
    expect(await rejection(fetchRoomVideo('creator', { jwt: JWT, streamType: 'x' as never }))).toBeInstanceOf(TypeError);
  });
});
