// Test helper (excluded from the build): a real HTTP server on 127.0.0.1 that
// records each request and answers with the current `reply`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

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

export async function startRestTestServer(reply: Reply): Promise<RestTestServer> {
  const state = { reply };
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = { path: url.pathname, query: url.searchParams, headers: req.headers };
    seen.push(entry);
    state.reply(entry, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    get reply() {
      return state.reply;
    },
    set reply(next: Reply) {
      state.reply = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
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

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
