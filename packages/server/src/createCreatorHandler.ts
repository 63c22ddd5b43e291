/**
 * The steps both handlers share, in order: method → per-client rate limit → read the request
 * → validate the handle → `allowCreator` → the route's own upstream call. Every failure is a
 * `{ code, error }` answer, reported to `onError`; nothing throws out of the handler.
 */
import { normalizeUniqueId } from '@tiktok-live-rx/protocol';
import type { FetchHandler, FetchHandlerContext } from './fetchHandler.js';
import type { ResolvedHandlerOptions } from './handlerOptions.js';
import { errorResponse } from './jsonResponse.js';
import { SERVER_ERROR_STATUS, type ServerErrorCode } from './serverError.js';

/** An error answer before it becomes a `Response`. @internal */
export interface Failure {
  readonly failure: true;
  readonly code: ServerErrorCode;
  readonly error: string;
  readonly headers?: Record<string, string> | undefined;
}

/** Builds a {@link Failure}. @internal */
export function fail(code: ServerErrorCode, error: string, headers?: Record<string, string>): Failure {
  return { failure: true, code, error, headers };
}

/** What a route adds to the shared steps. @internal */
export interface CreatorRoute<T> {
  /** Methods it answers; others get 405 with `allow`. */
  readonly methods: readonly string[];
  /** Reads `uniqueId` (unchecked) and the route's own input from the request. */
  read(request: Request): Promise<{ readonly uniqueId: unknown; readonly input: T } | Failure>;
  /** Does the work for a valid, allowed creator. */
  serve(uniqueId: string, input: T, request: Request): Promise<Response | Failure>;
}

/** The handle rule, in words, for error answers. */
const HANDLE_RULE = 'a TikTok handle: letters, digits, "_" and ".", up to 24 characters; "@user" and tiktok.com/@user/live URLs work too';

/** Wraps a {@link CreatorRoute} into a {@link FetchHandler}. @internal */
export function createCreatorHandler<T>(options: ResolvedHandlerOptions, route: CreatorRoute<T>): FetchHandler {
  const { limiter, clientId, allowCreator, onError } = options;

  const answer = (result: Response | Failure): Response => {
    if (result instanceof Response) return result;
    // Every text from elsewhere went through redact already; this is the last line of defence.
    const error = options.redact(result.error);
    onError?.({ status: SERVER_ERROR_STATUS[result.code], code: result.code, error });
    return errorResponse(result.code, error, result.headers);
  };

  const run = async (request: Request, context: FetchHandlerContext): Promise<Response | Failure> => {
    if (!route.methods.includes(request.method)) {
      return fail('method-not-allowed', `Use ${route.methods.join(' or ')}.`, { allow: route.methods.join(', ') });
    }
    if (limiter !== undefined) {
      const verdict = limiter.take(clientId(request, context) ?? '*');
      if (!verdict.ok) {
        const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
        return fail('rate-limited', `Too many requests from this client; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
      }
    }
    const read = await route.read(request);
    if ('failure' in read) return read;
    const uniqueId = typeof read.uniqueId === 'string' ? normalizeUniqueId(read.uniqueId) : undefined;
    if (uniqueId === undefined) {
      return fail('invalid-unique-id', read.uniqueId === undefined ? `uniqueId is missing: send ${HANDLE_RULE}.` : `uniqueId must be ${HANDLE_RULE}.`);
    }
    if (!(await allowCreator(uniqueId, request))) return fail('creator-not-allowed', `This app does not give access to @${uniqueId}.`);
    return route.serve(uniqueId, read.input, request);
  };

  return async (request, context = {}) => {
    try {
      return answer(await run(request, context));
    } catch {
      // Nothing from the error itself: it may come from user code and may hold anything.
      return answer(fail('internal-error', 'Internal error.'));
    }
  };
}
