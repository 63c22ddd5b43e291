import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createLiveClient, PermissionError, type LiveState } from '@tiktok-live-rx/core';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { listenLocal, startSim } from '@tiktok-live-rx/test-utils';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJwtHandler, type JwtHandlerOptions } from './createJwtHandler.js';
import type { ServerErrorInfo } from './serverError.js';

const API_KEY = `server-secret-${randomUUID()}`;
let sim: Simulator;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  sim = await startSim({ apiKeys: [API_KEY], accountId: 42 });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

function handler(options: Partial<JwtHandlerOptions> = {}) {
  return createJwtHandler({ apiKey: API_KEY, accountId: 42, restUrl: sim.httpUrl, ...options });
}

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://app.test/api/jwt', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function connectWith(jwt: string, uniqueId: string): Promise<LiveState> {
  const client = createLiveClient({ url: sim.wsUrl, jwt, reconnect: false });
  cleanups.push(() => client.close());
  return firstValueFrom(
    client.live(uniqueId).state$.pipe(
      filter((state) => state.status === 'connected' || state.status === 'error'),
      timeout(10_000),
    ),
  );
}

describe('createJwtHandler against the simulator', () => {
  it('mints a 60 s, one-socket JWT scoped to exactly the normalised creator', async () => {
    const response = await handler()(post({ uniqueId: 'https://www.tiktok.com/@Silent_Creator/live' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { token: string; uniqueId: string; expiresAt: number };
    expect(body.uniqueId).toBe('silent_creator');
    expect(body.expiresAt).toBeGreaterThan(Date.now());
    const payload = claims(body.token);
    expect(payload).toMatchObject({ accountId: 42, webSocketData: { allowedCreators: ['silent_creator'], maxWebSockets: 1 } });
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(60);
  });

  it('passes expireAfter, maxWebSockets and name through', async () => {
    const response = await handler({ expireAfter: 30, maxWebSockets: 2 })(post({ uniqueId: 'second_creator' }));
    const payload = claims(((await response.json()) as { token: string }).token);
    expect(payload).toMatchObject({ webSocketData: { allowedCreators: ['second_creator'], maxWebSockets: 2 } });
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(30);
  });

  it('the minted JWT connects to its creator and is refused for any other (4403)', async () => {
    const { token } = (await (await handler()(post({ uniqueId: 'silent_creator' }))).json()) as { token: string };
    expect((await connectWith(token, 'silent_creator')).status).toBe('connected');
    const refused = await connectWith(token, 'second_creator');
    expect(refused.status).toBe('error');
    expect(refused.error).toBeInstanceOf(PermissionError);
    expect(refused.closeCode).toBe(4403);
  });

  it('a wrong API key answers 401 api-key-rejected, and neither the body nor onError nor the console holds the key', async () => {
    const wrongKey = `wrong-${API_KEY}`;
    const seen: ServerErrorInfo[] = [];
    const consoleCalls: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
    }
    const response = await handler({ apiKey: wrongKey, onError: (info) => seen.push(info) })(post({ uniqueId: 'silent_creator' }));
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ code: 'api-key-rejected' });
    expect(JSON.parse(text).error).toMatch(/HTTP 401/);
    expect(seen).toEqual([expect.objectContaining({ status: 401, code: 'api-key-rejected' })]);
    const everything = JSON.stringify([text, seen, consoleCalls, [...response.headers]]);
    expect(everything).not.toContain(wrongKey);
    expect(everything).not.toContain(API_KEY);
  });

  it('an account id the key does not belong to is api-key-rejected too (403 upstream)', async () => {
    const response = await handler({ accountId: 43 })(post({ uniqueId: 'silent_creator' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'api-key-rejected', error: expect.stringMatching(/HTTP 403/) });
  });

  it.each([
    ['an invalid handle', { uniqueId: 'not a handle!' }, 400, 'invalid-unique-id'],
    ['a handle over 24 characters', { uniqueId: 'a'.repeat(25) }, 400, 'invalid-unique-id'],
    ['no uniqueId', { creator: 'silent_creator' }, 400, 'invalid-unique-id'],
    ['a uniqueId that is not a string', { uniqueId: 42 }, 400, 'invalid-unique-id'],
    ['a body that is not JSON', 'uniqueId=silent_creator', 400, 'invalid-request'],
    ['a JSON array', '["silent_creator"]', 400, 'invalid-request'],
    ['a body over 4 KiB', { uniqueId: 'a', pad: 'x'.repeat(5000) }, 413, 'body-too-large'],
  ])('refuses %s with %i %s', async (_, body, status, code) => {
    const response = await handler()(post(body));
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code, error: expect.stringMatching(/\S/) });
  });

  it('refuses a body that is not declared as JSON (415), so a cross-site form cannot mint', async () => {
    const response = await handler()(post({ uniqueId: 'silent_creator' }, { 'content-type': 'text/plain' }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'unsupported-media-type' });
  });

  it('refuses other methods with 405 and an allow header', async () => {
    const response = await handler()(new Request('http://app.test/api/jwt?uniqueId=silent_creator'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ code: 'method-not-allowed' });
  });

  it('asks allowCreator with the normalised handle and the request, and answers 403 when it says no', async () => {
    const asked: Array<[string, string | null]> = [];
    const jwt = handler({
      allowCreator: async (uniqueId, request) => {
        asked.push([uniqueId, request.headers.get('authorization')]);
        return uniqueId === 'silent_creator';
      },
    });
    expect((await jwt(post({ uniqueId: '@Silent_Creator' }, { authorization: 'Bearer user-1' }))).status).toBe(200);
    const refused = await jwt(post({ uniqueId: 'second_creator' }, { authorization: 'Bearer user-1' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'creator-not-allowed' });
    expect(asked).toEqual([
      ['silent_creator', 'Bearer user-1'],
      ['second_creator', 'Bearer user-1'],
    ]);
  });

  it('answers 500 internal-error without the thrown text when allowCreator throws', async () => {
    const response = await handler({
      allowCreator: () => {
        throw new Error(`session store down (${API_KEY})`);
      },
    })(post({ uniqueId: 'silent_creator' }));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ code: 'internal-error', error: 'Internal error.' });
  });

  it('rate-limits per client address, with retry-after, and keeps other clients going', async () => {
    const jwt = handler({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const a = { clientAddress: '10.0.0.1' };
    expect((await jwt(post({ uniqueId: 'silent_creator' }), a)).status).toBe(200);
    expect((await jwt(post({ uniqueId: 'not a handle' }), a)).status).toBe(400);
    const limited = await jwt(post({ uniqueId: 'silent_creator' }), a);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(await limited.json()).toMatchObject({ code: 'rate-limited' });
    expect((await jwt(post({ uniqueId: 'silent_creator' }), { clientAddress: '10.0.0.2' })).status).toBe(200);
  });

  it('rate-limits by clientId when given (a proxy header), and not at all with rateLimit: false', async () => {
    const byHeader = handler({ rateLimit: { limit: 1 }, clientId: (request) => request.headers.get('x-user') ?? undefined });
    expect((await byHeader(post({ uniqueId: 'silent_creator' }, { 'x-user': 'a' }))).status).toBe(200);
    expect((await byHeader(post({ uniqueId: 'silent_creator' }, { 'x-user': 'a' }))).status).toBe(429);
    expect((await byHeader(post({ uniqueId: 'silent_creator' }, { 'x-user': 'b' }))).status).toBe(200);
    const unlimited = handler({ rateLimit: false });
    for (let i = 0; i < 25; i++) expect((await unlimited(post({ uniqueId: 'not a handle' }))).status).toBe(400);
  });

  it('gives up on a silent upstream after timeoutMs with 504 upstream-timeout', async () => {
    const hanging = createServer(() => {
      // never answers
    });
    const local = await listenLocal(hanging);
    cleanups.push(() => local.close());
    const started = Date.now();
    const response = await handler({ restUrl: local.url, timeoutMs: 300 })(post({ uniqueId: 'silent_creator' }));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ code: 'upstream-timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers 502 upstream-unreachable when nothing listens, without the key', async () => {
    const local = await listenLocal(createServer());
    await local.close();
    const response = await handler({ restUrl: local.url })(post({ uniqueId: 'silent_creator' }));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'upstream-unreachable' });
    expect(text).not.toContain(API_KEY);
  });

  it('answers 502 upstream-error for a 5xx, redacting a key the upstream echoed', async () => {
    const echo = createServer((req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 500, message: `boom at ${req.url} with ${String(req.headers['x-api-key'])}` }));
    });
    const local = await listenLocal(echo);
    cleanups.push(() => local.close());
    const response = await handler({ restUrl: local.url })(post({ uniqueId: 'silent_creator' }));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'upstream-error', error: expect.stringMatching(/HTTP 500.*boom/) });
    expect(text).not.toContain(API_KEY);
    expect(text).toContain('[redacted]');
  });

  it('answers 429 upstream-rate-limited when Euler Stream limits the key', async () => {
    const limited = createServer((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end(JSON.stringify({ code: 429, message: 'slow down' }));
    });
    const local = await listenLocal(limited);
    cleanups.push(() => local.close());
    const response = await handler({ restUrl: local.url })(post({ uniqueId: 'silent_creator' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toMatchObject({ code: 'upstream-rate-limited' });
  });

  it.each([
    [{ apiKey: '' }, /apiKey must be your Euler Stream API key/],
    [{ apiKey: undefined as unknown as string }, /apiKey must be your Euler Stream API key.*not set/],
    [{ accountId: Number.NaN }, /accountId must be your numeric Euler Stream account id/],
    [{ accountId: -1 }, /accountId/],
    [{ expireAfter: 0 }, /expireAfter/],
    [{ maxWebSockets: 1.5 }, /maxWebSockets/],
    [{ restUrl: 'ftp://x' }, /restUrl must be an absolute http\(s\) URL/],
    [{ restUrl: `not a url ${API_KEY}` }, /restUrl/],
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ rateLimit: { limit: 0 } }, /rateLimit.limit/],
  ])('throws a TypeError for a bad option (%#), never with the key in it', (options, message) => {
    let thrown: unknown;
    try {
      createJwtHandler({ apiKey: API_KEY, accountId: 42, ...options });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(String(thrown)).toMatch(message);
    expect(String(thrown)).not.toContain(API_KEY);
  });
});
