/**
 * The connect policy: one attempt (credential → socket), retried the way the public operators
 * (`refreshJwt`, `waitUntilLive`, `reconnectWithBackoff`) would, as plain callbacks and
 * `setTimeout` on their shared logic (`createWaitRounds`, `createReconnectCounter`). It is
 * the only writer of the connection status:
 * - a run starts `connecting` (attempt 0);
 * - each failed attempt that will be retried gives exactly one `reconnecting` (or `waiting`)
 *   state carrying that attempt's number and `nextRetryAt`; the state stays until the next
 *   outcome;
 * - `connected` always has `attempt: 0` (the retry counter restarts for the next drop only
 *   after `reconnect.minUptime`, so a later `reconnecting` may show a higher number);
 * - the end: `ended` (4005 or a control message), `offline` (4404 without `waitUntilLive`),
 *   `error` (fatal).
 */
import type { Subscription } from 'rxjs';
import { AuthError, NotLiveError, StreamEndedError, type TikTokLiveError } from '../errors.js';
import { RECONNECT_DEFAULTS, createReconnectCounter, type RetryInfo } from '../operators/reconnectWithBackoff.js';
import { createWaitRounds, type WaitInfo } from '../operators/waitUntilLive.js';
import { buildConnectUrl, type ResolvedLiveClientOptions } from '../resolveOptions.js';
import { webSocketTransport, type TransportSignal } from '../transport/webSocketTransport.js';
import type { LiveState } from '../types.js';
import type { ConnectionStatus } from './connectionStatus.js';
import type { Credentials } from './credentials.js';
import type { GapTracker } from './gapTracker.js';
import type { RoomState } from './roomState.js';
import type { StartRun } from './sharedSession.js';

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

/** Returns the runs: each run connects, retries and waits by the options, and ends as the status says. */
export function createConnectPolicy(parts: ConnectPolicyParts): StartRun {
  const { uniqueId, options, credentials, status, room, gaps, onFrame } = parts;
  const closeContext = { credential: credentials.kind, waitUntilLive: options.waitUntilLive !== false };
  const { reconnect, waitUntilLive: wait } = options;
  const minUptime = (reconnect === false ? undefined : reconnect.minUptime) ?? RECONNECT_DEFAULTS.minUptime;
  const activityIntervalMs = Math.max(10, Math.min(1000, Math.floor(minUptime / 4)));
  let attemptNo = 0;

  const closeFields = (error: unknown): Pick<LiveState, 'closeCode' | 'reason' | 'error'> => {
    const typed = credentials.toLiveError(error);
    return { closeCode: typed.closeCode, reason: typed.reason, error: typed };
  };

  const handleFrame = (raw: unknown, receivedAt: number): boolean => {
    gaps.frame(receivedAt);
    return onFrame(raw);
  };

  const probe = ((): (() => Promise<boolean>) | undefined => {
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

  /** A retry or a wait was scheduled: its one state, standing until the attempt's outcome. */
  const scheduled = (kind: 'reconnecting' | 'waiting', info: RetryInfo | WaitInfo): void => {
    attemptNo = info.attempt;
    status.set({ status: kind, attempt: info.attempt, nextRetryAt: Date.now() + info.delay, ...closeFields(info.error) });
  };

  return (end) => {
    attemptNo = 0;
    gaps.reset();
    status.set({ status: 'connecting', attempt: 0 });
    const counter =
      reconnect === false
        ? undefined
        : createReconnectCounter({
            ...reconnect,
            onRetry: (info) => {
              scheduled('reconnecting', info);
              reconnect.onRetry?.(info);
            },
          });
    const rounds =
      wait === false
        ? undefined
        : createWaitRounds({ interval: wait.interval, rearmAfterEnd: wait.rearmAfterEnd, onWait: (info) => scheduled('waiting', info) });
    let stopped = false;
    /** Drops what is pending: the socket or a timer (promises check `stopped`). */
    let cancel: (() => void) | undefined;
    /** A JWT refreshed after a 4401, for the very next attempt. */
    let prefetchedToken: string | undefined;
    /** A refresh was spent since the last value (refreshJwt's count of 1). */
    let refreshed = false;

    const after = (ms: number, then: () => void): void => {
      const timer = setTimeout(then, ms);
      cancel = () => clearTimeout(timer);
    };

    const onSignal = (signal: TransportSignal): void => {
      refreshed = false;
      rounds?.reset();
      counter?.value(Date.now());
      if (signal !== 'established') return;
      attemptNo = 0;
      room.established();
      status.set({ status: 'connected', attempt: 0 });
    };

    const open = (secret: string): void => {
      let socket: Subscription | undefined;
      cancel = () => socket?.unsubscribe();
      try {
        socket = webSocketTransport({
          url: buildConnectUrl(options.url, uniqueId, options.credentialParam, secret, options.features),
          WebSocket: options.WebSocket,
          connectTimeoutMs: options.connectTimeoutMs,
          stallTimeoutMs: options.stallTimeoutMs,
          activityIntervalMs,
          closeContext,
          secrets: credentials.secrets,
          onFrame: handleFrame,
        }).subscribe({ next: onSignal, error: attemptFailed });
      } catch (error) {
        attemptFailed(error);
      }
    };

    const attempt = (): void => {
      // `reconnecting` / `waiting` stand until this attempt's outcome: one state per attempt.
      const current = status.current.status;
      if (current !== 'reconnecting' && current !== 'waiting' && current !== 'connecting') {
        status.set({ status: 'connecting', attempt: attemptNo });
      }
      const token = prefetchedToken;
      prefetchedToken = undefined;
      cancel = undefined;
      if (token !== undefined) open(token);
      else credentials.fetch().then((secret) => stopped || open(secret), (error: unknown) => stopped || attemptFailed(error));
    };

    /** A retry from an outer level starts the inner levels afresh, as a resubscription would. */
    const retryFromWait = (): void => {
      refreshed = false;
      attempt();
    };
    const retryFromReconnect = (): void => {
      rounds?.reset();
      counter?.subscribed();
      retryFromWait();
    };

    const attemptFailed = (error: unknown): void => {
      cancel = undefined;
      room.closed(error);
      if (error instanceof StreamEndedError || error instanceof NotLiveError) gaps.reset();
      else gaps.dropped();
      if (credentials.refreshable && !refreshed && error instanceof AuthError) {
        // refreshJwt: a fresh JWT at once, one retry without backoff.
        refreshed = true;
        credentials.fetch().then(
          (jwt) => {
            if (stopped) return;
            prefetchedToken = jwt;
            attempt();
          },
          (refreshError: unknown) => stopped || waitOrRetry(refreshError),
        );
        return;
      }
      waitOrRetry(error);
    };

    const waitOrRetry = (error: unknown): void => {
      try {
        if (rounds?.waitsFor(error)) return waitRound(error);
        const next = counter?.retry(error, Date.now());
        if (next !== undefined) return after(next.delay, retryFromReconnect);
      } catch (thrown) {
        // A throwing callback (onRetry) ends the run like any unexpected failure.
        error = thrown;
      }
      finish(error);
    };

    const waitRound = (error: unknown): void => {
      after(rounds!.next(error), () => {
        if (probe === undefined) return retryFromWait();
        // A failing check counts as "maybe live".
        Promise.resolve()
          .then(probe)
          .then(
            (live) => stopped || (live ? retryFromWait() : waitRound(error)),
            () => stopped || retryFromWait(),
          );
      });
    };

    const finish = (error: unknown): void => {
      const typed: TikTokLiveError = credentials.toLiveError(error);
      if (typed instanceof StreamEndedError) {
        // The stream ended without waitUntilLive: a clean end, streams complete.
        status.set({ status: 'ended', attempt: attemptNo, closeCode: typed.closeCode, reason: typed.reason });
        end(false);
      } else if (typed instanceof NotLiveError) {
        // Not live (or no such creator) without waitUntilLive: a clean end too, told apart from `ended`.
        status.set({ status: 'offline', attempt: attemptNo, ...closeFields(typed) });
        end(false);
      } else {
        status.set({ status: 'error', attempt: attemptNo, ...closeFields(typed) });
        end(true, typed);
      }
    };

    attempt();
    return () => {
      stopped = true;
      cancel?.();
    };
  };
}
