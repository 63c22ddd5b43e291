// Test helper (excluded from the build): a real HTTP server on 127.0.0.1 that
// records each request and answers with the current `reply`, and a Vitest `test`
// with that server as a fixture.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { expect, test } from 'vitest';
import { listenLocal } from '@tiktok-live-rx/test-utils';

export { waitFor } from '@tiktok-live-rx/test-utils';

export const API_KEY = 'sk_live_SECRET_api_key_123';
export const JWT = 'eyJhbGciOiJIUzI1NiJ9.SECRET.jwt';

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export type Reply = (req: SeenRequest, res: ServerResponse) => void;

export interface RestTestServer {
  baseUrl: string;
  /** Every request received, in order. */
  seen: SeenRequest[];
  /** The handler for the next requests. */
  reply: Reply;
  close(): Promise<void>;
}

/** Starts a {@link RestTestServer} on 127.0.0.1:0 that answers with `reply` until told otherwise. */
export async function startRestTestServer(reply: Reply): Promise<RestTestServer> {
  const state = { reply };
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = { path: url.pathname, query: url.searchParams, headers: req.headers };
    seen.push(entry);
    state.reply(entry, res);
  });
  const local = await listenLocal(server);
  return {
    baseUrl: local.url,
    seen,
    get reply() {
      return state.reply;
    },
    set reply(next: Reply) {
      state.reply = next;
    },
    close: () => local.close(),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Asserts an error carries no secret in its message, stack or JSON form. */
export function expectNoSecrets(error: unknown): void {
  const text = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(JWT);
  expect(text).not.toContain('SECRET');
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * Vitest's `test` with a REST test server shared by the tests of a file (started on first
 * use, closed after the file). Fixtures, per test:
 * - `server`: the server, with `seen` cleared and `reply` reset to `defaultReply`;
 * - `baseUrl`, `seen`: shortcuts to `server.baseUrl` and `server.seen`;
 * - `defaultReply`: what `reply` starts as in each test (answers nothing unless a file
 *   redefines it with `restTest.extend('defaultReply', () => reply)`).
 */
export const restTest = test
  .extend('restServer', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startRestTestServer(() => undefined);
    onCleanup(() => server.close());
    return server;
  })
  .extend('defaultReply', (): Reply => () => undefined)
  .extend('server', ({ restServer, defaultReply }) => {
    restServer.seen.length = 0;
    restServer.reply = defaultReply;
    return restServer;
  })
  .extend('baseUrl', ({ server }) => server.baseUrl)
  .extend('seen', ({ server }) => server.seen);
