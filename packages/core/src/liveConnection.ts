/**
 * One creator's connection: lazy, ref-counted, one socket however many
 * subscribers. Streams are per-type subjects fed by the frame router; every
 * public stream holds a reference on the shared session, which is the connect
 * attempt wrapped in the public operators (`refreshJwt`, `waitUntilLive`,
 * `reconnectWithBackoff`) and shared with a grace period.
 */
import {
  BehaviorSubject,
  EMPTY,
  Observable,
  ReplaySubject,
  Subject,
  catchError,
  concat,
  defer,
  endWith,
  finalize,
  from,
  ignoreElements,
  map,
  merge,
  of,
  share,
  startWith,
  switchMap,
  takeUntil,
  takeWhile,
  tap,
  throwError,
  timer,
  type Subscription,
} from 'rxjs';
import type { WebcastSocialMessage } from 'tiktok-live-proto/v3';
import { redactUrl } from '@tiktok-live-rx/protocol';
import { CredentialsRejectedError, NotLiveError, StreamEndedError, TikTokLiveError, TokenProviderError } from './errors.js';
import type { LiveEvent, LiveEventMap, LiveEventType, RoomInfo } from './events.js';
import { createFrameRouter } from './frameRouter.js';
import { createMsgIdDeduper } from './createMsgIdDeduper.js';
import { createMulticast, type Multicast } from './multicast.js';
import { createLiveStore } from './liveStore.js';
import { finalizeGiftStreaks } from './operators/finalizeGiftStreaks.js';
import { giftStreakProgress } from './operators/giftStreakProgress.js';
import { reconnectWithBackoff } from './operators/reconnectWithBackoff.js';
import { sessionTotals, type LiveEventLike, type SessionTotals } from './operators/sessionTotals.js';
import { refreshJwt } from './operators/refreshJwt.js';
import { waitUntilLive } from './operators/waitUntilLive.js';
import { probeIsLive } from './probeIsLive.js';
import { buildConnectUrl, type ResolvedLiveClientOptions } from './resolveOptions.js';
import { webSocketTransport, type TransportSignal } from './transport/webSocketTransport.js';
import type { GapMarker, LiveConnection, LiveState, StreamEndEvent } from './types.js';

/** The connection plus the teardown the client registry calls. */
export interface ManagedLiveConnection extends LiveConnection {
  /** Disconnects and makes every later subscription complete at once. */
  dispose(): void;
}

const IDLE: LiveState = Object.freeze({ status: 'idle', attempt: 0 });
const END = Symbol('end');
const MAX_REMEMBERED_SECRETS = 16;
/** The item types `totals$` reads (everything else is never normalised for it). */
const TOTALS_TYPES = [
  'roomInfo',
  'WebcastGiftMessage',
  'WebcastLikeMessage',
  'WebcastMemberMessage',
  'WebcastSocialMessage',
  'WebcastRoomUserSeqMessage',
] as const;
const noop = (): void => {};

interface SessionHandle {
  readonly session$: Observable<never>;
  terminal: boolean;
}

/** Creates the connection for one (already normalised) creator handle. */
export function createLiveConnection(uniqueId: string, options: ResolvedLiveClientOptions): ManagedLiveConnection {
  const { credential, credentialParam } = options;
  const canRefreshAuth = typeof credential === 'function';
  const credentialLabel = credentialParam === 'apiKey' ? 'apiKey' : 'jwt';

  // --- streams (private subjects; only their observables leave this file) -----------------
  const events = createMulticast<LiveEvent>();
  const errors = createMulticast<TikTokLiveError>();
  const gaps = createMulticast<GapMarker>();
  const follow = createMulticast<WebcastSocialMessage>();
  const shares = createMulticast<WebcastSocialMessage>();
  const streamEnd = createMulticast<StreamEndEvent>();
  const frames = createMulticast<string>();
  /** Fires when a new live stream begins after an end: `totals$` starts over. */
  const totalsResets = createMulticast<void>();
  const roomInfo = new ReplaySubject<RoomInfo>(1);
  const viewerCount = new ReplaySubject<number>(1);
  const isLive = new ReplaySubject<boolean>(1);
  const state = new BehaviorSubject<LiveState>(IDLE);

  // --- mutable connection facts ---------------------------------------------------------------
  let current: LiveState = IDLE;
  let attemptNo = 0;
  let lastViewerCount: number | undefined;
  let lastIsLive: boolean | undefined;
  let lastFrameAt: number | undefined;
  let gapFrom: number | undefined;
  let endSignalled = false;
  let prefetchedToken: string | undefined;
  let disposed = false;
  /** Set by a stream end (or a 4404 after being live); the next room info starts a new stream. */
  let newStreamPending = false;
  /** The current stream's latest room info, to seed a `totals$` run that starts mid-stream. */
  let lastRoomInfo: RoomInfo | undefined;
  const deduper = options.dedupeWindow > 0 ? createMsgIdDeduper(options.dedupeWindow) : undefined;
  const secrets: string[] = typeof credential === 'string' ? [credential] : [];

  const store = createLiveStore({
    uniqueId,
    recentChatLimit: options.recentChatLimit,
    onListening: (listening) => (listening ? attachStore() : detachStore()),
  });

  const setState = (next: LiveState): void => {
    if (
      next.status === current.status &&
      next.attempt === current.attempt &&
      next.closeCode === current.closeCode &&
      next.reason === current.reason &&
      next.nextRetryAt === current.nextRetryAt &&
      next.error === current.error
    ) {
      return;
    }
    current = Object.freeze(next);
    store.setState(current);
    state.next(current);
  };

  const setIsLive = (value: boolean): void => {
    if (value === lastIsLive) return;
    lastIsLive = value;
    store.setIsLive(value);
    isLive.next(value);
  };

  const markStreamOver = (): void => {
    newStreamPending = true;
    lastRoomInfo = undefined;
  };

  const signalEnd = (event: StreamEndEvent): void => {
    if (endSignalled) return;
    endSignalled = true;
    markStreamOver();
    streamEnd.next(event);
  };

  const router = createFrameRouter(
    {
      events,
      errors,
      follow,
      share: shares,
      wantsChat: () => store.listening,
      wantsLike: () => store.listening,
      // Rare (every few seconds) and replayed: always tracked.
      wantsRoomUserSeq: () => true,
      isDuplicate: deduper?.isDuplicate,
      onRoomInfo: (data) => {
        // Runs before the item reaches any sink: a `totals$` run restarted here still sees this room info.
        if (newStreamPending) {
          newStreamPending = false;
          totalsResets.next();
        }
        lastRoomInfo = data;
        roomInfo.next(data);
        store.setRoomInfo(data);
      },
      onControl: (data) => {
        const action = Number(data.action);
        if (action === 3 || action === 4) {
          signalEnd({ reason: action === 3 ? 'stream-ended' : 'stream-suspended', action, at: Date.now() });
          setIsLive(false);
        }
      },
      onChat: (data) => store.addChat(data),
      onLike: (data) => {
        const total = toCount((data as { total?: unknown }).total);
        if (total !== undefined) store.setLikeTotal(total);
      },
      onRoomUserSeq: (data) => {
        const record = data as { total?: unknown; viewerCount?: unknown };
        const count = toCount(record.total ?? record.viewerCount);
        if (count === undefined || count === lastViewerCount) return;
        lastViewerCount = count;
        store.setViewerCount(count);
        viewerCount.next(count);
      },
    },
    () => createMulticast<unknown>(),
  );

  // --- credentials ----------------------------------------------------------------------------
  const rememberSecret = (token: string): void => {
    if (secrets.includes(token)) return;
    secrets.push(token);
    if (secrets.length > MAX_REMEMBERED_SECRETS) secrets.splice(typeof credential === 'string' ? 1 : 0, 1);
  };
  const redact = (text: string): string => redactUrl(text, secrets);

  const fetchCredential = async (): Promise<string> => {
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
      throw new TokenProviderError(`The ${credentialLabel} provider failed: ${safe}`, {
        // Keep the original only when it holds nothing to redact.
        cause: safe === message ? error : new Error(safe),
      });
    }
    if (typeof token !== 'string' || token.trim() === '') {
      throw new TokenProviderError(`The ${credentialLabel} provider must resolve to a non-empty string.`);
    }
    rememberSecret(token);
    return token;
  };

  const toLiveError = (error: unknown): TikTokLiveError => {
    if (error instanceof TikTokLiveError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new TikTokLiveError(`Unexpected failure: ${redact(message)}`, 'unexpected');
  };

  const closeFields = (error: unknown): Pick<LiveState, 'closeCode' | 'reason' | 'error'> => {
    const typed = toLiveError(error);
    return { closeCode: typed.closeCode, reason: typed.reason, error: typed };
  };

  // --- one connect attempt ----------------------------------------------------------------------
  const minUptime = options.reconnect === false ? 60_000 : (options.reconnect.minUptime ?? 60_000);
  const activityIntervalMs = Math.max(10, Math.min(1000, Math.floor(minUptime / 4)));

  const onFrame = (raw: unknown, receivedAt: number): boolean => {
    if (gapFrom !== undefined) {
      const from = gapFrom;
      gapFrom = undefined;
      gaps.next({ from, to: receivedAt });
    }
    lastFrameAt = receivedAt;
    if (frames.observed && typeof raw === 'string') frames.next(raw);
    return router.handleFrame(raw);
  };

  const onAttemptStart = (): void => {
    const status = current.status;
    if (status === 'reconnecting' || status === 'waiting') setState({ ...current, nextRetryAt: undefined });
    else if (status !== 'connecting') setState({ status: 'connecting', attempt: attemptNo });
  };

  const onEstablished = (): void => {
    endSignalled = false;
    setIsLive(true);
    setState({ status: 'connected', attempt: attemptNo });
  };

  const onAttemptError = (error: unknown): void => {
    if (error instanceof StreamEndedError) {
      signalEnd({ reason: 'stream-ended', closeCode: error.closeCode, at: Date.now() });
      setIsLive(false);
      gapFrom = lastFrameAt = undefined;
    } else if (error instanceof NotLiveError) {
      // Live before and now offline: the stream ended while we were away.
      if (lastIsLive === true) markStreamOver();
      setIsLive(false);
      gapFrom = lastFrameAt = undefined;
    } else if (lastFrameAt !== undefined) {
      gapFrom = lastFrameAt;
    }
  };

  const attempt$: Observable<TransportSignal> = defer(() => {
    onAttemptStart();
    const token = prefetchedToken;
    prefetchedToken = undefined;
    return (token !== undefined ? of(token) : from(fetchCredential())).pipe(
      switchMap((secret) =>
        webSocketTransport({
          url: buildConnectUrl(options.url, uniqueId, credentialParam, secret, options.features),
          WebSocket: options.WebSocket,
          connectTimeoutMs: options.connectTimeoutMs,
          stallTimeoutMs: options.stallTimeoutMs,
          activityIntervalMs,
          secrets: () => secrets,
          onFrame,
        }),
      ),
      tap({
        next: (signal) => {
          if (signal === 'established') onEstablished();
        },
        error: onAttemptError,
      }),
    );
  });

  // --- the policy, built from the public operators ---------------------------------------------
  const probe = ((): (() => Promise<boolean>) | undefined => {
    const wait = options.waitUntilLive;
    if (wait === false || wait.probe === false) return undefined;
    if (typeof wait.probe === 'function') {
      const custom = wait.probe;
      return () => custom({ uniqueId });
    }
    return async () => {
      const secret = await fetchCredential();
      return probeIsLive({
        restUrl: options.restUrl,
        uniqueId,
        credential: credentialParam === 'apiKey' ? { apiKey: secret } : { jwt: secret },
      });
    };
  })();

  const policy$ = (): Observable<never> => {
    let chain = attempt$;
    if (canRefreshAuth) {
      chain = chain.pipe(
        refreshJwt({
          getJwt: fetchCredential,
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
            setState({ status: 'waiting', attempt: info.attempt, nextRetryAt: Date.now() + info.delay, ...closeFields(info.error) });
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
            setState({ status: 'reconnecting', attempt: info.attempt, nextRetryAt: Date.now() + info.delay, ...closeFields(info.error) });
            reconnect.onRetry?.(info);
          },
        }),
      );
    }
    return chain.pipe(
      ignoreElements(),
      catchError((error: unknown) => {
        const typed = toLiveError(error);
        if (typed instanceof StreamEndedError || typed instanceof NotLiveError) {
          // Not live / ended without waitUntilLive: a clean end, streams complete.
          setState({ status: 'ended', attempt: attemptNo, closeCode: typed.closeCode, reason: typed.reason });
          return EMPTY;
        }
        setState({ status: 'error', attempt: attemptNo, ...closeFields(typed) });
        return throwError(() => typed);
      }),
    );
  };

  // --- sharing: one session, many subscribers, a grace period -----------------------------------
  const restart$ = new Subject<void>();
  const stop$ = new Subject<void>();

  const createSession = (): SessionHandle => {
    const handle: SessionHandle = {
      terminal: false,
      session$: defer(() => {
        running = true;
        return restart$.pipe(
          startWith(undefined),
          switchMap(() => {
            // A fresh run: attempt counters, gap tracking and the state start over.
            attemptNo = 0;
            gapFrom = lastFrameAt = undefined;
            prefetchedToken = undefined;
            setState({ status: 'connecting', attempt: 0 });
            return policy$().pipe(endWith(END));
          }),
          takeWhile((value) => value !== END),
          takeUntil(stop$),
          ignoreElements(),
        );
      }).pipe(
        tap({
          error: () => {
            handle.terminal = true;
          },
          complete: () => {
            handle.terminal = true;
          },
        }),
        finalize(() => {
          running = false;
          if (current.status !== 'ended' && current.status !== 'error') setState(IDLE);
        }),
        share({
          resetOnError: false,
          resetOnComplete: false,
          resetOnRefCountZero: options.keepAliveMs > 0 ? () => timer(options.keepAliveMs) : true,
        }),
      ),
    };
    return handle;
  };

  let running = false;
  let handle = createSession();

  /** Wraps a subject so that subscribing holds the session; termination of the session ends the subscription. */
  const attach = <T>(source: Observable<T>, completeOnError = false): Observable<T> =>
    new Observable<T>((subscriber) => {
      if (disposed) {
        subscriber.complete();
        return undefined;
      }
      const inner = source.subscribe(subscriber);
      const hold = handle.session$.subscribe({
        error: (error: unknown) => (completeOnError ? subscriber.complete() : subscriber.error(error)),
        complete: () => subscriber.complete(),
      });
      return () => {
        inner.unsubscribe();
        hold.unsubscribe();
      };
    });

  let storeHold: Subscription | undefined;
  let manualHold: Subscription | undefined;
  let manualHeld = false;
  const holdSession = (): Subscription => handle.session$.subscribe({ error: noop });

  function attachStore(): void {
    if (!disposed && (storeHold === undefined || storeHold.closed)) storeHold = holdSession();
  }
  function detachStore(): void {
    storeHold?.unsubscribe();
    storeHold = undefined;
  }

  const typeStreams = new Map<string, Observable<unknown>>();
  function on$<K extends LiveEventType>(type: K): Observable<LiveEventMap[K]>;
  function on$(type: string): Observable<unknown>;
  function on$(type: string): Observable<unknown> {
    if (typeof type !== 'string' || type === '') {
      throw new TypeError(`on$(type) needs a wire type name such as 'WebcastChatMessage' or 'roomInfo'.`);
    }
    let stream = typeStreams.get(type);
    if (stream === undefined) {
      stream = attach((router.sinkFor(type) as Multicast<unknown>).observable$);
      typeStreams.set(type, stream);
    }
    return stream;
  }

  // --- derived, shared streams -----------------------------------------------------------------
  const graceReset = (): (() => Observable<unknown>) | true =>
    options.keepAliveMs > 0 ? () => timer(options.keepAliveMs) : true;

  const gift$ = on$('WebcastGiftMessage');
  // One tracker for every subscriber. gift$ completes with the session, which flushes open
  // streaks as 'complete'; across reconnects it does not, so a cut streak ends by its timeout.
  const giftFinal$ = gift$.pipe(finalizeGiftStreaks(options.giftStreaks), share({ resetOnRefCountZero: graceReset() }));
  const giftStreak$ = gift$.pipe(giftStreakProgress(options.giftStreaks), share({ resetOnRefCountZero: graceReset() }));

  // The items totals$ reads, tagged like events$ items, completing/erroring with the session.
  // Deferred: the sinks are created (and the router consults them) only once totals$ is used.
  const totalsInput$ = attach(
    defer(() =>
      merge(
        ...TOTALS_TYPES.map((type) =>
          (router.sinkFor(type) as Multicast<unknown>).observable$.pipe(map((data): LiveEventLike => ({ type, data }))),
        ),
      ),
    ),
  );
  let initialTotalsUsed = false;
  const totalsRun = (): Observable<SessionTotals> =>
    defer(() => {
      const { initial, ...rest } = options.totals;
      const useInitial = !initialTotalsUsed && initial !== undefined;
      initialTotalsUsed = true;
      const seed = lastRoomInfo;
      return concat(seed !== undefined ? of<LiveEventLike>({ type: 'roomInfo', data: seed }) : EMPTY, totalsInput$).pipe(
        sessionTotals({ ...rest, ...(useInitial ? { initial } : {}), emitInitial: true }),
      );
    });
  /** One replayed totals pipeline per session handle: a new handle (disconnect, reconnect from ended/error) starts from zero. */
  let totalsCore: { readonly owner: SessionHandle; readonly totals$: Observable<SessionTotals> } | undefined;
  const totals$ = new Observable<SessionTotals>((subscriber) => {
    if (totalsCore === undefined || totalsCore.owner !== handle) {
      totalsCore = {
        owner: handle,
        totals$: attach(totalsResets.observable$).pipe(
          startWith(undefined),
          switchMap(totalsRun),
          share({
            connector: () => new ReplaySubject<SessionTotals>(1),
            // After the end, late subscribers get the final totals (then the completion or the error).
            resetOnComplete: false,
            resetOnError: false,
            resetOnRefCountZero: graceReset(),
          }),
        ),
      };
    }
    return totalsCore.totals$.subscribe(subscriber);
  });

  const disconnect = (): void => {
    manualHeld = false;
    manualHold?.unsubscribe();
    manualHold = undefined;
    // Completes a running session (socket closed now, streams complete), then start from scratch.
    stop$.next();
    storeHold?.unsubscribe();
    storeHold = undefined;
    handle = createSession();
    setState(IDLE);
  };

  return {
    uniqueId,
    events$: attach(events.observable$),
    on$,
    roomInfo$: attach(roomInfo.asObservable()),
    chat$: on$('WebcastChatMessage'),
    gift$,
    like$: on$('WebcastLikeMessage'),
    member$: on$('WebcastMemberMessage'),
    follow$: attach(follow.observable$),
    share$: attach(shares.observable$),
    viewerCount$: attach(viewerCount.asObservable()),
    streamEnd$: attach(streamEnd.observable$),
    state$: attach(state.asObservable(), true),
    errors$: attach(errors.observable$),
    gaps$: attach(gaps.observable$),
    isLive$: attach(isLive.asObservable()),
    frames$: attach(frames.observable$),
    giftFinal$,
    giftStreak$,
    totals$,
    store: store.store,
    connect() {
      if (disposed || manualHold !== undefined) return;
      manualHeld = true;
      manualHold = holdSession();
    },
    disconnect,
    reconnect() {
      if (disposed) return;
      if (running && !handle.terminal) {
        // Active: drop the socket and any pending wait, start over with a fresh attempt counter.
        restart$.next();
        return;
      }
      if (handle.terminal) handle = createSession();
      // Re-attach the holders that were cut off by the end, the error or disconnect().
      if (store.listening && (storeHold === undefined || storeHold.closed)) storeHold = holdSession();
      if (manualHeld && (manualHold === undefined || manualHold.closed)) manualHold = holdSession();
    },
    dispose() {
      disconnect();
      disposed = true;
      deduper?.dispose();
    },
  };
}

/** int64 counts arrive as strings (v3) or numbers (v2). */
function toCount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
