import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from './fetchHandler.js';
import { MAX_BODY_BYTES } from './readJsonObject.js';

/**
 * A `node:http` / Connect / Express handler. `next` is accepted so the function fits
 * `app.use` and Vite's `server.middlewares.use`, but the handler answers every request it
 * gets: mount it on its path.
 */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Adapts a {@link FetchHandler} (from `createJwtHandler` or `createRoomVideoHandler`) to
 * `node:http`, Express and Vite's dev server. It passes the socket's address as
 * `clientAddress` for the rate limit (behind a proxy, pass `clientId` to the handler), works
 * after `express.json()` has read the body, and aborts the upstream call when the client goes away.
 *
 * @example
 * ```ts
 * app.post('/api/jwt', toNodeHandler(createJwtHandler({ apiKey, accountId })));
 * ```
 */
export function toNodeHandler(handler: FetchHandler): NodeHandler {
  if (typeof handler !== 'function') throw new TypeError('toNodeHandler: pass the handler from createJwtHandler or createRoomVideoHandler.');
  return (req, res, next) => {
    serve(handler, req, res).catch((error: unknown) => {
      if (next !== undefined && !res.headersSent) return next(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ code: 'internal-error', error: 'Internal error.' }));
      } else res.destroy();
    });
  };
}

async function serve(handler: FetchHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborter = new AbortController();
  // `close` before the answer went out means the client left: stop waiting for Euler Stream.
  res.once('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    body = await readBody(req);
    headers.delete('content-length');
    headers.delete('transfer-encoding');
  }
  // Express strips the mount path from `req.url`; the handlers only read the query anyway.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const request = new Request(new URL(path, 'http://localhost'), { method, headers, body, signal: aborter.signal });
  const response = await handler(request, { clientAddress: req.socket.remoteAddress });
  const text = method === 'HEAD' ? '' : await response.text();
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  out['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(response.status, out);
  res.end(text);
}

/**
 * The request body, at most one byte more than the handlers accept (so they still answer
 * 413). The rest is drained, not kept: stopping early would destroy the socket the answer
 * goes out on. A body that `express.json()` (or another parser) already read is re-encoded.
 */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  if (parsed !== undefined && req.readableEnded) {
    if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
    return new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
    size += buffer.length;
  }
  return new Uint8Array(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES + 1));
}
