/**
 * The whole browser flow: core's `jwtFromEndpoint` asks `createJwtHandler` (served by
 * `toNodeHandler`) for tokens, and the client connects to the simulator with them. A refusal
 * from the handler is final; a rate limit is retried.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { inspect } from 'node:util';
import { createLiveClient, CredentialsRejectedError, jwtFromEndpoint, type LiveClient, type LiveState } from '@tiktok-live-rx/core';
import type { Simulator } from '@tiktok-live-rx/simulator';
import { listenLocal, startSim, waitFor } from '@tiktok-live-rx/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJwtHandler, type JwtHandlerOptions } from './createJwtHandler.js';
import { toNodeHandler } from './toNodeHandler.js';

const API_KEY = `flow-secret-${randomUUID()}`;
let sim: Simulator;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  sim = await startSim({ apiKeys: [API_KEY], accountId: 3 });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Serves a JWT handler, counting the requests that reach it. */
async function tokenEndpoint(options: Partial<JwtHandlerOptions> = {}): Promise<{ url: string; calls: () => number }> {
  const handle = toNodeHandler(createJwtHandler({ apiKey: API_KEY, accountId: 3, restUrl: sim.httpUrl, ...options }));
  let calls = 0;
  const local = await listenLocal(
    createServer((req, res) => {
      calls += 1;
      handle(req, res);
    }),
  );
  cleanups.push(() => local.close());
  return { url: `${local.url}/api/jwt`, calls: () => calls };
}

function watch(url: string, uniqueId: string): { states: LiveState[]; client: LiveClient } {
  const client = createLiveClient({ url: sim.wsUrl, jwt: jwtFromEndpoint(url), reconnect: { baseDelay: 50, maxDelay: 200 } });
  cleanups.push(() => client.close());
  const states: LiveState[] = [];
  const subscription = client.live(uniqueId).state$.subscribe((state) => states.push(state));
  cleanups.push(() => subscription.unsubscribe());
  return { states, client };
}

describe('jwtFromEndpoint + createJwtHandler + the simulator', () => {
  it('connects with a token minted for the creator', async () => {
    const endpoint = await tokenEndpoint();
    const { states } = watch(endpoint.url, 'silent_creator');
    await waitFor(() => states.some((s) => s.status === 'connected'), { what: 'connected', timeout: 10_000 });
    expect(endpoint.calls()).toBe(1);
  });

  it('a wrong server key ends the connection in error with no retry, and the key is nowhere in the state', async () => {
    const wrongKey = `wrong-${API_KEY}`;
    const endpoint = await tokenEndpoint({ apiKey: wrongKey });
    const { states } = watch(endpoint.url, 'silent_creator');
    await waitFor(() => states.some((s) => s.status === 'error'), { what: 'error', timeout: 10_000 });
    const last = states.at(-1);
    expect(last?.error).toBeInstanceOf(CredentialsRejectedError);
    expect((last?.error as CredentialsRejectedError).status).toBe(401);
    expect(last?.error?.message).toMatch(/api-key-rejected/);
    expect(states.some((s) => s.status === 'reconnecting')).toBe(false);
    expect(endpoint.calls()).toBe(1);
    expect(inspect(states, { depth: 10, showHidden: true })).not.toContain(wrongKey);
  });

  it('a creator the app refuses ends in error (403 creator-not-allowed), no retry', async () => {
    const endpoint = await tokenEndpoint({ allowCreator: (uniqueId) => uniqueId !== 'silent_creator' });
    const { states } = watch(endpoint.url, 'silent_creator');
    await waitFor(() => states.some((s) => s.status === 'error'), { what: 'error', timeout: 10_000 });
    expect((states.at(-1)?.error as CredentialsRejectedError).status).toBe(403);
    expect(endpoint.calls()).toBe(1);
  });

  it('the handler rate limit (429) is transient: the client backs off and connects when the window ends', async () => {
    const endpoint = await tokenEndpoint({ rateLimit: { limit: 1, windowMs: 1500 } });
    // Use up the window first.
    await fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"uniqueId":"second_creator"}' });
    const { states } = watch(endpoint.url, 'silent_creator');
    await waitFor(() => states.some((s) => s.status === 'connected'), { what: 'connected after the window', timeout: 15_000 });
    expect(states.some((s) => s.status === 'reconnecting')).toBe(true);
    expect(endpoint.calls()).toBeGreaterThanOrEqual(3);
  });
});
