import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { connectClient, waitUntil } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator;
const secret = 'test-secret-0123456789';

beforeEach(async () => {
  sim = await createSimulator({
    jwtSecret: secret,
    maxSocketsPerAccount: 3,
    creators: [
      { uniqueId: 'alpha', live: true, scenario: 'silent' },
      { uniqueId: 'beta', live: true, scenario: 'silent' },
    ],
  });
});

afterEach(async () => {
  await sim.close();
});

const opened = async (client: ReturnType<typeof connectClient>) => client.waitFor(() => client.ofType('tiktok.connect').length === 1);

describe('JWT auth over the WebSocket', () => {
  it('accepts a JWT from createJwt as jwtKey', async () => {
    const token = await sim.createJwt({ expireAfter: 60 });
    const client = connectClient(sim, { uniqueId: 'alpha', jwtKey: token });
    await opened(client);
    client.ws.close();
  });

  it('closes 4401 for a JWT signed with another secret', async () => {
    const forged = await new SignJWT({ accountId: 1, webSocketData: { allowedCreators: null, maxWebSockets: 5 } })
      .setProtectedHeader({ alg: 'HS256' })
      .setJti('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret'));
    const client = connectClient(sim, { uniqueId: 'alpha', jwtKey: forged });
    expect((await client.closed).code).toBe(4401);
  });

  it('closes 4401 for an expired JWT', async () => {
    const expired = await new SignJWT({ accountId: 1, webSocketData: { allowedCreators: null, maxWebSockets: 5 } })
      .setProtectedHeader({ alg: 'HS256' })
      .setJti('old')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    const client = connectClient(sim, { uniqueId: 'alpha', jwtKey: expired });
    expect((await client.closed).code).toBe(4401);
  });

  it('closes 4401 for a JWT of another account', async () => {
    const other = await new SignJWT({ accountId: 99, webSocketData: { allowedCreators: null, maxWebSockets: 5 } })
      .setProtectedHeader({ alg: 'HS256' })
      .setJti('acct')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    const client = connectClient(sim, { uniqueId: 'alpha', jwtKey: other });
    expect((await client.closed).code).toBe(4401);
  });

  it('closes 4403 when allowedCreators excludes the creator, comparing after normalisation', async () => {
    const token = await sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: ['@Alpha'], maxWebSockets: 5 } });
    const denied = connectClient(sim, { uniqueId: 'beta', jwtKey: token });
    expect((await denied.closed)).toEqual({ code: 4403, reason: 'No permission' });
    const allowed = connectClient(sim, { uniqueId: 'https://www.tiktok.com/@alpha/live', jwtKey: token });
    await opened(allowed);
    allowed.ws.close();
  });

  it('closes 4429 past the JWT maxWebSockets, and frees the slot when a socket closes', async () => {
    const token = await sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: null, maxWebSockets: 1 } });
    const first = connectClient(sim, { uniqueId: 'alpha', jwtKey: token });
    await opened(first);
    const second = connectClient(sim, { uniqueId: 'beta', jwtKey: token });
    expect((await second.closed)).toEqual({ code: 4429, reason: 'Too many concurrent connections' });
    first.ws.close();
    await waitUntil(() => sim.stats().sockets === 0);
    const third = connectClient(sim, { uniqueId: 'beta', jwtKey: token });
    await opened(third);
    third.ws.close();
  });

  it('closes 4429 past the account limit, counting API-key and JWT sockets together', async () => {
    const token = await sim.createJwt({ expireAfter: 60 });
    const clients = [
      connectClient(sim, { uniqueId: 'alpha' }),
      connectClient(sim, { uniqueId: 'alpha', jwtKey: token }),
      connectClient(sim, { uniqueId: 'beta' }),
    ];
    for (const c of clients) await opened(c);
    const over = connectClient(sim, { uniqueId: 'beta' });
    expect((await over.closed).code).toBe(4429);
    for (const c of clients) c.ws.close();
  });

  it('does not count refused sockets (offline, bad auth) against the limit', async () => {
    for (let i = 0; i < 5; i++) {
      const refused = connectClient(sim, { uniqueId: 'gamma' });
      await refused.closed;
    }
    const ok = connectClient(sim, { uniqueId: 'alpha' });
    await opened(ok);
    ok.ws.close();
  });

  it('keeps a connected socket open when its JWT expires mid-session', async () => {
    const token = await sim.createJwt({ expireAfter: 1 });
    const client = connectClient(sim, { uniqueId: 'alpha', jwtKey: token });
    await opened(client);
    await new Promise((r) => setTimeout(r, 2100));
    sim.inject('alpha', [{ type: 'WebcastChatMessage', data: { comment: 'still' } }]);
    await client.waitFor(() => client.items.some((i) => i.data['comment'] === 'still'));
    client.ws.close();
  });

  it('createJwt rejects invalid configs with a TypeError', async () => {
    await expect(sim.createJwt({ expireAfter: 0 })).rejects.toThrow(TypeError);
    await expect(sim.createJwt({ expireAfter: 60, extra: 1 } as never)).rejects.toThrow(/extra/);
    await expect(sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: null } } as never)).rejects.toThrow(/maxWebSockets/);
  });
});

describe('connect rate limit', () => {
  it('closes 4429 when connecting faster than maxConnectsPerSecond', async () => {
    const limited = await createSimulator({ maxConnectsPerSecond: 2, creators: [{ uniqueId: 'alpha', live: true, scenario: 'silent' }] });
    try {
      const clients = [0, 1, 2].map(() => connectClient(limited, { uniqueId: 'alpha' }));
      const codes = await Promise.all(clients.map(async (c) => {
        const first = await Promise.race([c.closed.then((x) => x.code), c.waitFor(() => c.ofType('tiktok.connect').length === 1).then(() => 0)]);
        c.ws.close();
        return first;
      }));
      expect(codes.filter((c) => c === 4429)).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});
