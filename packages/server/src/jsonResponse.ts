import { SERVER_ERROR_STATUS, type ServerErrorBody, type ServerErrorCode } from './serverError.js';

/** Headers of every answer: JSON, and never cached (tokens and stream URLs are short-lived and per user). */
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** A JSON `Response` with the handlers' common headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** A JSON error `Response`: `{ code, error }` with the status that belongs to `code`. */
export function errorResponse(code: ServerErrorCode, error: string, headers: Record<string, string> = {}): Response {
  const body: ServerErrorBody = { code, error };
  return jsonResponse(SERVER_ERROR_STATUS[code], body, headers);
}
