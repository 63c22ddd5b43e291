/**
 * The connect policy: one attempt (credential → socket) wrapped in the public operators
 * (`refreshJwt`, `waitUntilLive`, `reconnectWithBackoff`). It is the only writer of the
 * connection status:
 * - a run starts `connecting` (attempt 0);
 * - each failed attempt that will be retried gives exactly one `reconnecting` (or `waiting`)
 *   state carrying that attempt's number and `nextRetryAt`; the state stays until the next
 *   outcome;
 * - `connected` always has `attempt: 0` (the retry counter restarts for the next drop only
 *   after `reconnect.minUptime`, so a later `reconnecting` may show a higher number);
 * - the end: `ended` (4005 or a control message), `offline` (4404 without `waitUntilLive`),
 *   `error` (fatal).
 */
import { EMPTY, Observable, catchError, defer, from, ignoreElements, of, switchMap, tap, throwError } from 'rxjs';
import { NotLiveError, StreamEndedError, type TikTokLiveError } from '../errors.js';
import { RECONNECT_DEFAULTS, reconnectWithBackoff } from '../operators/reconnectWithBackoff.js';
import { refreshJwt } from '../operators/refreshJwt.js';
import { waitUntilLive } from '../operators/waitUntilLive.js';
import { buildConnectUrl, type ResolvedLiveClientOptions } from '../resolveOptions.js';
import { webSocketTransport, type TransportSignal } from '../transport/webSocketTransport.js';
import type { LiveState } from '../types.js';
import type { ConnectionStatus } from './connectionStatus.js';
import type { Credentials } from './credentials.js';
import type { GapTracker } from './gapTracker.js';
import type { RoomState } from './roomState.js';

/** What the policy drives. */
export interface ConnectPolicyParts {
  readonly uniqueId: string;
  readonly options: ResolvedLiveClientOptions;
  readonly credentials: Credentials;
  readonly status: ConnectionStatus;
  readonly room: RoomState;
  readonly gaps: GapTracker;
  /** The hot path: one frame in, true when it carried a session item. */
  readonly onFrame: (raw: unknown) => boolean;
}

/** Returns a factory of runs: each run connects, retries and waits by the options, and ends as the status says. */
export function createConnectPolicy(parts: ConnectPolicyParts): () => Observable<never> {
  const { uniqueId, options, credentials, status, room, gaps, onFrame } = parts;
  const closeContext = { credential: credentials.kind, waitUntilLive: options.waitUntilLive !== false };
  const minUptime = (options.reconnect === false ? undefined : options.reconnect.minUptime) ?? RECONNECT_DEFAULTS.minUptime;
  const activityIntervalMs = Math.max(10, Math.min(1000, Math.floor(minUptime / 4)));
  let attemptNo = 0;
  let prefetchedToken: string | undefined;

  const closeFields = (error: unknown): Pick<LiveState, 'closeCode' | 'reason' | 'error'> => {
    const typed = credentials.toLiveError(error);
    return { closeCode: typed.closeCode, reason: typed.reason, error: typed };
  };

  const handleFrame = (raw: unknown, receivedAt: number): boolean => {
    gaps.frame(receivedAt);
    return onFrame(raw);
  };

  const attempt$: Observable<TransportSignal> = defer(() => {
    // `reconnecting` / `waiting` stand until this attempt's outcome: one state per attempt.
    const current = status.current.status;
    if (current !== 'reconnecting' && current !== 'waiting' && current !== 'connecting') {
      status.set({ status: 'connecting', attempt: attemptNo });
    }
    const token = prefetchedToken;
    prefetchedToken = undefined;
    return (token !== undefined ? of(token) : from(credentials.fetch())).pipe(
      switchMap((secret) =>
        webSocketTransport({
          url: buildConnectUrl(options.url, uniqueId, options.credentialParam, secret, options.features),
          WebSocket: options.WebSocket,
          connectTimeoutMs: options.connectTimeoutMs,
          stallTimeoutMs: options.stallTimeoutMs,
          activityIntervalMs,
          closeContext,
          secrets: credentials.secrets,
          onFrame: handleFrame,
        }),
      ),
      tap({
        next: (signal) => {
          if (signal !== 'established') return;
          attemptNo = 0;
          room.established();
          status.set({ status: 'connected', attempt: 0 });
        },
        error: (error: unknown) => {
          room.closed(error);
          if (error instanceof StreamEndedError || error instanceof NotLiveError) gaps.reset();
          else gaps.dropped();
        },
      }),
    );
  });

  const probe = ((): (() => Promise<boolean>) | undefined => {
    const wait = options.waitUntilLive;
    if (wait === false || wait.probe === false) return undefined;
    if (typeof wait.probe === 'function') {
      const custom = wait.probe;
      return () => custom({ uniqueId });
    }
    return async () => {
      const [secret, { probeIsLive }] = await Promise.all([credentials.fetch(), import('../probeIsLive.js')]);
      return probeIsLive({
        restUrl: options.restUrl,
        uniqueId,
        credential: options.credentialParam === 'apiKey' ? { apiKey: secret } : { jwt: secret },
      });
    };
  })();

  return () => {
    attemptNo = 0;
    prefetchedToken = undefined;
    gaps.reset();
    status.set({ status: 'connecting', attempt: 0 });
    let chain = attempt$;
    if (credentials.refreshable) {
      chain = chain.pipe(
        refreshJwt({
          getJwt: credentials.fetch,
          onJwt: (jwt) => {
            prefetchedToken = jwt;
          },
        }),
      );
    }
    const wait = options.waitUntilLive;
    if (wait !== false) {
      chain = chain.pipe(
        waitUntilLive({
          interval: wait.interval,
          rearmAfterEnd: wait.rearmAfterEnd,
          ...(probe ? { isLive: probe } : {}),
          onWait: (info) => {
            attemptNo = info.attempt;
            status.set({ status: 'waiting', attempt: info.attempt, nextRetryAt: Date.now() + info.delay, ...closeFields(info.error) });
          },
        }),
      );
    }
    const reconnect = options.reconnect;
    if (reconnect !== false) {
      chain = chain.pipe(
        reconnectWithBackoff({
          ...reconnect,
          onRetry: (info) => {
            attemptNo = info.attempt;
            status.set({ status: 'reconnecting', attempt: info.attempt, nextRetryAt: Date.now() + info.delay, ...closeFields(info.error) });
            reconnect.onRetry?.(info);
          },
        }),
      );
    }
    return chain.pipe(
      ignoreElements(),
      catchError((error: unknown) => {
        const typed: TikTokLiveError = credentials.toLiveError(error);
        if (typed instanceof StreamEndedError) {
          // The stream ended without waitUntilLive: a clean end, streams complete.
          status.set({ status: 'ended', attempt: attemptNo, closeCode: typed.closeCode, reason: typed.reason });
          return EMPTY;
        }
        if (typed instanceof NotLiveError) {
          // Not live (or no such creator) without waitUntilLive: a clean end too, told apart from `ended`.
          status.set({ status: 'offline', attempt: attemptNo, ...closeFields(typed) });
          return EMPTY;
        }
        status.set({ status: 'error', attempt: attemptNo, ...closeFields(typed) });
        return throwError(() => typed);
      }),
    );
  };
}
