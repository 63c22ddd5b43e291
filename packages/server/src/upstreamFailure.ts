import type { EulerOutcome } from './callEuler.js';
import { fail, type Failure } from './createCreatorHandler.js';

/**
 * The error answer for an Euler Stream call that did not give what `what` needed: the
 * upstream status and, redacted and cut short, its own message.
 * @internal
 */
export function upstreamFailure(outcome: EulerOutcome, what: string, redact: (text: string) => string): Failure {
  switch (outcome.kind) {
    case 'timeout':
      return fail('upstream-timeout', `Euler Stream did not answer in time (${what}).`);
    case 'unreachable':
      return fail('upstream-unreachable', `Euler Stream could not be reached (${what}).`);
    case 'aborted':
      return fail('upstream-unreachable', `The request was aborted (${what}).`);
    case 'answer': {
      const { status, body } = outcome;
      const said = typeof body['message'] === 'string' && body['message'].trim() !== '' ? `: ${redact(body['message']).slice(0, 200)}` : '';
      if (status === 401 || status === 403) {
        return fail('api-key-rejected', `Euler Stream refused this server's API key or account id (HTTP ${status}${said}). The server's configuration must be fixed; retrying will not help.`);
      }
      if (status === 429) {
        const retry = outcome.retryAfter !== undefined && /^\d+$/.test(outcome.retryAfter) ? { 'retry-after': outcome.retryAfter } : undefined;
        return fail('upstream-rate-limited', `Euler Stream rate-limited this server (${what})${said}.`, retry);
      }
      return fail('upstream-error', `Euler Stream answered HTTP ${status} (${what})${said}.`);
    }
  }
}
