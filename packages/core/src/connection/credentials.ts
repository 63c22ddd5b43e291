/**
 * Credentials of one connection: fetches the API key or JWT before each attempt (a provider
 * is called every time), remembers the values seen so that no error text ever shows them, and
 * turns provider failures into typed errors (`CredentialsRejectedError` stays final).
 */
import { CredentialsRejectedError, TikTokLiveError, TokenProviderError } from '../errors.js';
import { redactUrl } from '@tiktok-live-rx/protocol';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import type { CloseContext } from '../transport/errorForClose.js';

const MAX_REMEMBERED_SECRETS = 16;

/** The credential side of one connection. */
export interface Credentials {
  /** Whether a provider is called before each attempt (so a rejected JWT can be refreshed). */
  readonly refreshable: boolean;
  /** How the credential was passed, for close messages that give fitting advice. */
  readonly kind: NonNullable<CloseContext['credential']>;
  /** The secret for the next attempt (the fixed string, or a fresh one from the provider). */
  fetch(): Promise<string>;
  /** Every secret seen so far (bounded), for redaction. */
  secrets(): readonly string[];
  /** `text` with every known secret and credential query parameter replaced. */
  redact(text: string): string;
  /** Any failure as a {@link TikTokLiveError} whose message holds no secret. */
  toLiveError(error: unknown): TikTokLiveError;
}

/** Creates the credential side of the connection for `uniqueId`. */
export function createCredentials(uniqueId: string, options: Pick<ResolvedLiveClientOptions, 'credential' | 'credentialParam'>): Credentials {
  const { credential, credentialParam } = options;
  const label = credentialParam === 'apiKey' ? 'apiKey' : 'jwt';
  const fixed = typeof credential === 'string';
  const seen: string[] = fixed ? [credential] : [];

  const redact = (text: string): string => redactUrl(text, seen);

  return {
    refreshable: !fixed,
    kind: fixed ? label : `${label}-provider`,
    secrets: () => seen,
    redact,
    async fetch() {
      if (typeof credential === 'string') return credential;
      let token: unknown;
      try {
        token = await credential({ uniqueId });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const safe = redact(message);
        if (error instanceof CredentialsRejectedError) {
          // Final by the provider's own word: no retry (classifyError treats it as fatal).
          throw safe === message ? error : new CredentialsRejectedError(safe, { status: error.status });
        }
        throw new TokenProviderError(`The ${label} provider failed: ${safe}`, {
          // Keep the original only when it holds nothing to redact.
          cause: safe === message ? error : new Error(safe),
        });
      }
      if (typeof token !== 'string' || token.trim() === '') {
        throw new TokenProviderError(`The ${label} provider must resolve to a non-empty string.`);
      }
      // Remembered for redaction, the oldest forgotten past the bound (only providers get here).
      if (!seen.includes(token) && seen.push(token) > MAX_REMEMBERED_SECRETS) seen.splice(0, 1);
      return token;
    },
    toLiveError(error) {
      if (error instanceof TikTokLiveError) return error;
      const message = error instanceof Error ? error.message : String(error);
      return new TikTokLiveError(`Unexpected failure: ${redact(message)}`, 'unexpected');
    },
  };
}
