import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest JSON body the simulator reads. */
const MAX_BODY = 1024 * 1024;

/**
 * CORS headers for every REST answer: browsers call the REST API straight from
 * a page (JWT-authenticated `room_video`, `room_id`), so the simulator allows
 * any origin and the headers the API uses, as a public API has to.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, x-api-key, x-jwt-key',
  'access-control-max-age': '600',
};

/** Writes a JSON response; `code` in the body mirrors the HTTP status (PROTOCOL.md §4.2). */
export function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(text);
}

/** Writes `{code, message}` with the status as code. */
export function sendError(res: ServerResponse, status: number, message: string, headers?: Record<string, string>): void {
  sendJson(res, status, { code: status, message }, headers);
}

/** Result of `readJsonBody`. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

/** Reads and parses a JSON request body (empty body → `undefined`). */
export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return { ok: false, status: 413, message: `body larger than ${MAX_BODY} bytes` };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, status: 400, message: 'could not read the request body' };
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'body is not valid JSON' };
  }
}

/** `decodeURIComponent` that returns `undefined` instead of throwing on malformed escapes. */
export function safeDecode(component: string): string | undefined {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
}
