import { defer, from, of, retry, take, tap, throwError, type MonoTypeOperatorFunction, type ObservableInput } from 'rxjs';
import { AuthError } from '../errors.js';

/** Configuration of {@link refreshJwt}. */
export interface RefreshJwtConfig {
  /** Mints a fresh JWT (a Promise, an Observable, or a plain string). */
  getJwt: () => ObservableInput<string> | string;
  /** Receives each fresh token before the source is resubscribed, so the next attempt uses it. */
  onJwt?: (jwt: string) => void;
  /** Which errors mean the credential expired. @default error instanceof AuthError (close 4401) */
  isAuthExpired?: (error: unknown) => boolean;
  /** Refreshes allowed in a row; the count resets once the source emits a value. @default 1 */
  count?: number;
}

/**
 * On an auth-expired error (4401), awaits a fresh token from `getJwt`, then
 * resubscribes to the source once (at once, no backoff: JWTs are short-lived,
 * so a token minted before a long backoff may simply have expired). A second
 * auth error in a row goes through. Other errors go through untouched.
 *
 * @example
 * let jwt: string | undefined;
 * defer(() => connect(jwt)).pipe(refreshJwt({ getJwt: () => fetchJwt(), onJwt: (t) => (jwt = t) }))
 */
export function refreshJwt<T>(config: RefreshJwtConfig): MonoTypeOperatorFunction<T> {
  const { getJwt, onJwt, isAuthExpired = (error: unknown) => error instanceof AuthError, count = 1 } = config;
  return (source) =>
    source.pipe(
      retry({
        count,
        resetOnSuccess: true,
        delay: (error: unknown) => {
          if (!isAuthExpired(error)) return throwError(() => error);
          return defer(() => {
            const result = getJwt();
            return typeof result === 'string' ? of(result) : from(result);
          }).pipe(
            take(1),
            tap((jwt) => onJwt?.(jwt)),
          );
        },
      }),
    );
}
