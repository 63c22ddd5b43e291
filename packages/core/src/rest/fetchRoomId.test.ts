import { describe, expect } from 'vitest';
import { fetchRoomId } from './fetchRoomId.js';
import { RestError } from './restError.js';
import { RoomVideoError } from './roomVideoError.js';
import { API_KEY, JWT, expectNoSecrets, json, rejection, restTest as it } from '../testing/restTestServer.js';

describe('fetchRoomId', () => {
  it('returns roomId and isLive from /webcast/room_id', async ({ server, baseUrl, seen }) => {
    server.reply = (_req, res) =>
      json(res, 200, { code: 200, ok: true, routes_attempted: ['a'], is_live: true, room_id: '7401234567890123456' });
    const result = await fetchRoomId('creator', { jwt: JWT, baseUrl });
    expect(result).toEqual({
      roomId: '7401234567890123456',
      isLive: true,
      raw: { code: 200, ok: true, routes_attempted: ['a'], is_live: true, room_id: '7401234567890123456' },
    });
    expect(seen[0]!.path).toBe('/webcast/room_id');
    expect(seen[0]!.query.get('uniqueId')).toBe('creator');
    expect(seen[0]!.headers['x-jwt-key']).toBe(JWT);
  });

  it('reports offline creators as isLive false with no room id', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 200, { code: 200, ok: true, routes_attempted: [], is_live: false, room_id: '0' });
    expect(await fetchRoomId('creator', { apiKey: API_KEY, baseUrl })).toMatchObject({ roomId: undefined, isLive: false });
  });

  it('throws RestError (not RoomVideoError) on failure', async ({ server, baseUrl }) => {
    server.reply = (_req, res) => json(res, 401, { code: 401, message: 'Invalid API key' });
    const error = await rejection(fetchRoomId('creator', { apiKey: API_KEY, baseUrl }));
    expect(error).toBeInstanceOf(RestError);
    expect(error).not.toBeInstanceOf(RoomVideoError);
    expect(error).toMatchObject({ name: 'RestError', status: 401, code: 'rest', bodyCode: 401, endpoint: '/webcast/room_id' });
    expectNoSecrets(error);
  });
});
