import { fail, type Failure } from './createCreatorHandler.js';

/** Largest body a handler reads: the JWT request only carries a handle. */
export const MAX_BODY_BYTES = 4096;

/**
 * Reads a `Request` body as a JSON object of at most {@link MAX_BODY_BYTES} bytes, or says
 * what is wrong with it. Requires `content-type: application/json`, which also means a
 * cross-site page cannot send it without a CORS preflight.
 * @internal
 */
export async function readJsonObject(request: Request): Promise<{ readonly json: Record<string, unknown> } | Failure> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return fail('unsupported-media-type', 'Send the request as JSON (content-type: application/json), e.g. {"uniqueId": "some_creator"}.');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return tooLarge();
  const bytes = await readLimited(request);
  if (bytes === undefined) return tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return fail('invalid-request', 'The body is not JSON: send {"uniqueId": "some_creator"}.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('invalid-request', 'The body must be a JSON object: {"uniqueId": "some_creator"}.');
  }
  return { json: value as Record<string, unknown> };
}

function tooLarge(): Failure {
  return fail('body-too-large', `The body is limited to ${MAX_BODY_BYTES} bytes.`);
}

/** The body's bytes, or `undefined` as soon as it is larger than the limit. */
async function readLimited(request: Request): Promise<Uint8Array | undefined> {
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
