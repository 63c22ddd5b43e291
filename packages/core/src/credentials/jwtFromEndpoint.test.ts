import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { listenLocal, type LocalServer } from '@tiktok-live-rx/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CredentialsRejectedError, TokenProviderError } from '../errors.js';
import { clientFor, record, startSim, waitFor } from '../testing/liveTestHarness.js';
import type { LiveClient } from '../types.js';
import { jwtFromEndpoint } from './jwtFromEndpoint.js';

/** One request the endpoint saw. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Reply = (seen: Seen, res: ServerResponse, index: number) => void | Promise<void>;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real token endpoint on 127.0.0.1 that records requests and answers with `reply`. */
async function endpoint(reply: Reply): Promise<{ url: string; seen: Seen[]; local: LocalServer }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    seen.push(entry);
    await reply(entry, res, seen.length - 1);
  });
  const local = await listenLocal(server);
  cleanups.push(() => local.close());
  return { url: `${local.url}/api/jwt`, seen, local };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const ctx = { uniqueId: 'some_creator' };
const dump = (...values: unknown[]) => values.map((v) => inspect(v, { depth: 12, showHidden: true })).join('\n');

describe('jwtFromEndpoint (the provider on its own)', () => {
  it('POSTs {"uniqueId"} as JSON with the given headers and resolves with the token', async () => {
    const server = await endpoint((_seen, res) => json(res, 200, { token: 'tok-1', uniqueId: 'some_creator' }));
    const provider = jwtFromEndpoint(server.url, { headers: { authorization: 'Bearer user-session' } });
    await expect(provider(ctx)).resolves.toBe('tok-1');
    expect(server.seen).toHaveLength(1);
    const [request] = server.seen;
    expect(request).toMatchObject({ method: 'POST', url: '/api/jwt', body: '{"uniqueId":"some_creator"}' });
    expect(request?.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json', authorization: 'Bearer user-session' });
  });

  it("with method 'GET' appends uniqueId to the URL's own query", async () => {
    const server = await endpoint((_seen, res) => json(res, 200, { token: 'tok-2' }));
    await expect(jwtFromEndpoint(`${server.url}?app=demo`, { method: 'GET' })(ctx)).resolves.toBe('tok-2');
    expect(server.seen[0]).toMatchObject({ method: 'GET', url: '/api/jwt?app=demo&uniqueId=some_creator', body: '' });
  });

  it.each([401, 403, 400, 404])('treats HTTP %i as final: CredentialsRejectedError with the status, code and text', async (status) => {
    const server = await endpoint((_seen, res) => json(res, status, { code: 'creator-not-allowed', error: 'This app does not give access to @some_creator.' }));
    const failure = await jwtFromEndpoint(server.url)(ctx).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CredentialsRejectedError);
    expect((failure as CredentialsRejectedError).status).toBe(status);
    expect(String(failure)).toContain(`HTTP ${status} creator-not-allowed: This app does not give access`);
  });

  it.each([408, 429, 500, 502, 503])('treats HTTP %i as transient: a plain Error', async (status) => {
    const server = await endpoint((_seen, res) => json(res, status, { code: 'upstream-timeout', error: 'later' }));
    const failure = await jwtFromEndpoint(server.url)(ctx).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(CredentialsRejectedError);
    expect(String(failure)).toContain(`HTTP ${status} upstream-timeout: later`);
  });

  it('treats a 200 without a token, a closed port and a timeout as transient', async () => {
    const empty = await endpoint((_seen, res) => json(res, 200, { nope: true }));
    await expect(jwtFromEndpoint(empty.url)(ctx)).rejects.toThrow(/without a token/);

    const closed = await endpoint(() => undefined);
    await closed.local.close();
    const unreachable = await jwtFromEndpoint(closed.url)(ctx).catch((error: unknown) => error);
    expect(unreachable).not.toBeInstanceOf(CredentialsRejectedError);
    expect(String(unreachable)).toMatch(/could not be reached/);

    const silent = await endpoint(() => new Promise(() => undefined));
    const slow = await jwtFromEndpoint(silent.url, { timeoutMs: 200 })(ctx).catch((error: unknown) => error);
    expect(slow).not.toBeInstanceOf(CredentialsRejectedError);
    expect(String(slow)).toMatch(/did not answer within 200 ms/);
  });

  it("never puts the URL's query or a JWT from the endpoint's answer into its errors", async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const server = await endpoint((_seen, res) => json(res, 401, { code: 'expired', error: `session token ${jwt} expired; see https://x.test/?jwtKey=abc123456` }));
    const failure = await jwtFromEndpoint(`${server.url}?session=s3cr3t-session`)(ctx).catch((error: unknown) => error);
    const text = dump(failure);
    expect(failure).toBeInstanceOf(CredentialsRejectedError);
    expect(text).toContain('expired');
    expect(text).not.toContain('s3cr3t-session');
    expect(text).not.toContain(jwt);
    expect(text).not.toContain('abc123456');
  });

  it('throws a TypeError for a bad URL or option at creation', () => {
    expect(() => jwtFromEndpoint('')).toThrow(TypeError);
    expect(() => jwtFromEndpoint(42 as unknown as string)).toThrow(TypeError);
    expect(() => jwtFromEndpoint('/api/jwt', { method: 'PUT' as 'POST' })).toThrow(TypeError);
    expect(() => jwtFromEndpoint('/api/jwt', { timeoutMs: 0 })).toThrow(TypeError);
    // The library's one option vocabulary.
    expect(() => jwtFromEndpoint('/api/jwt', { method: 'PUT' as 'POST' })).toThrow(/^jwtFromEndpoint: method must be one of 'POST', 'GET'; got "PUT"\.$/);
    expect(() => jwtFromEndpoint('/api/jwt', { timeoutMs: Infinity })).toThrow(
      /^jwtFromEndpoint: timeoutMs must be a positive number of milliseconds; got Infinity\. Omit it to use the default \(10000\)\.$/,
    );
    expect(() => jwtFromEndpoint('/api/jwt', { fetch: 'fetch' as never })).toThrow(/^jwtFromEndpoint: fetch must be a function; got "fetch"\.$/);
  });
});

describe('jwtFromEndpoint in a connection (simulator)', () => {
  let sim: Simulator | undefined;
  let client: LiveClient | undefined;
  afterEach(async () => {
    client?.close();
    client = undefined;
    await sim?.close();
    sim = undefined;
  });

  const mint = (s: Simulator, uniqueId: string) => s.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 } });
  const fast = { reconnect: { baseDelay: 20, maxDelay: 50 } } as const;

  it('connects with a token the endpoint minted for the creator', async () => {
    const s = (sim = await startSim());
    const server = await endpoint(async (seen, res) => json(res, 200, { token: await mint(s, (JSON.parse(seen.body) as { uniqueId: string }).uniqueId) }));
    client = clientFor(s, { jwt: jwtFromEndpoint(server.url), ...fast });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => state.values.some((v) => v.status === 'connected'), 'connected');
    expect(server.seen.map((r) => r.body)).toEqual(['{"uniqueId":"silent_creator"}']);
  });

  it('a 403 from the endpoint ends the connection in error at once: no retry, one call', async () => {
    const s = (sim = await startSim());
    const server = await endpoint((_seen, res) => json(res, 403, { code: 'creator-not-allowed', error: 'no' }));
    client = clientFor(s, { jwt: jwtFromEndpoint(server.url), ...fast });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => state.values.some((v) => v.status === 'error'), 'error');
    const last = state.values.at(-1);
    expect(last?.status).toBe('error');
    expect(last?.error).toBeInstanceOf(CredentialsRejectedError);
    expect((last?.error as CredentialsRejectedError).status).toBe(403);
    expect(state.values.some((v) => v.status === 'reconnecting')).toBe(false);
    expect(server.seen).toHaveLength(1);
  });

  it('a 503 or 429 from the endpoint is retried with backoff, then connects', async () => {
    const s = (sim = await startSim());
    const server = await endpoint(async (_seen, res, index) => {
      if (index === 0) return json(res, 503, { code: 'upstream-unreachable', error: 'down' });
      if (index === 1) return json(res, 429, { code: 'rate-limited', error: 'slow down' });
      json(res, 200, { token: await mint(s, 'silent_creator') });
    });
    client = clientFor(s, { jwt: jwtFromEndpoint(server.url), ...fast });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    await waitFor(() => state.values.some((v) => v.status === 'connected'), 'connected after retries');
    const retries = state.values.filter((v) => v.status === 'reconnecting');
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]?.error).toBeInstanceOf(TokenProviderError);
    expect(server.seen).toHaveLength(3);
  });

  it("the endpoint's error text reaches state$ and errors$ only redacted (earlier token, URL query)", async () => {
    const s = (sim = await startSim());
    let issued = '';
    const server = await endpoint(async (_seen, res, index) => {
      if (index === 0) {
        issued = await mint(s, 'silent_creator');
        return json(res, 200, { token: issued });
      }
      // The backend echoes the token it issued before and a URL with it: both must vanish.
      json(res, 401, { code: 'revoked', error: `token ${issued} revoked (https://app.test/jwt?jwtKey=${issued})` });
    });
    client = clientFor(s, { jwt: jwtFromEndpoint(`${server.url}?session=s3cr3t-session`), ...fast });
    const live = client.live('silent_creator');
    const state = record(live.state$);
    const errors = record(live.errors$);
    await waitFor(() => state.values.some((v) => v.status === 'connected'), 'connected');
    s.closeSockets('silent_creator', 1011, 'server restart');
    await waitFor(() => state.values.some((v) => v.status === 'error'), 'error after the refusal');
    const text = dump(state.values, errors.values, live.store.getSnapshot());
    expect(state.values.at(-1)?.error).toBeInstanceOf(CredentialsRejectedError);
    expect(text).toContain('revoked');
    expect(issued).not.toBe('');
    expect(text).not.toContain(issued);
    expect(text).not.toContain('s3cr3t-session');
  });
});
