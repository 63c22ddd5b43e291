/**
 * Test helper (not built or published): a plain `ws` client that records every
 * frame and the close, with bounded polling waits.
 */
import WebSocket from 'ws';
import type { Simulator } from '../types.js';

/** A recorded client connection. */
export interface TestClient {
  ws: WebSocket;
  /** Raw text frames in arrival order. */
  raw: string[];
  /** Parsed frames. */
  frames: unknown[];
  /** Items of every frame flattened (bundles unpacked). */
  items: { type: string; data: Record<string, unknown> }[];
  /** Resolves when the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the socket opens (rejects on upgrade failure). */
  opened: Promise<void>;
  /** Waits until `predicate` holds (polling), or throws after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  /** Items of a type. */
  ofType(type: string): { type: string; data: Record<string, unknown> }[];
}

/** Connects to the simulator with a query (apiKey defaults to the simulator's). */
export function connectClient(sim: Simulator, query: Record<string, string | undefined>, opts: { withApiKey?: boolean } = {}): TestClient {
  const params = new URLSearchParams();
  if (opts.withApiKey !== false && query['apiKey'] === undefined && query['jwtKey'] === undefined) params.set('apiKey', sim.apiKey);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  return connectUrl(`${sim.wsUrl}/?${params.toString()}`);
}

/** Connects to an exact URL. */
export function connectUrl(url: string): TestClient {
  const ws = new WebSocket(url);
  const raw: string[] = [];
  const frames: unknown[] = [];
  const items: TestClient['items'] = [];
  ws.on('message', (data, isBinary) => {
    const text = isBinary ? `<binary ${(data as Buffer).length}>` : data.toString();
    raw.push(text);
    try {
      const parsed = JSON.parse(text) as { messages?: unknown };
      frames.push(parsed);
      const list = Array.isArray(parsed.messages) ? parsed.messages : [parsed];
      for (const item of list) items.push(item as TestClient['items'][number]);
    } catch {
      frames.push(text);
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  opened.catch(() => {});
  ws.on('error', () => {});
  return {
    ws,
    raw,
    frames,
    items,
    closed,
    opened,
    waitFor: (predicate, timeoutMs = 10_000, what = 'condition') => waitUntil(predicate, timeoutMs, what),
    ofType: (type) => items.filter((i) => i.type === type),
  };
}

/** Polls `predicate` every 10 ms until it holds, or rejects after `timeoutMs`. */
export async function waitUntil(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
