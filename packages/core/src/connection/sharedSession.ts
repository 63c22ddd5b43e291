/**
 * The shared session: one run of the connect policy however many subscribers, kept for a grace
 * period after the last one leaves. Streams hold it through {@link SharedSession.attach}; the
 * store and `connect()` hold it through {@link SharedSession.holdWhileArmed}, which re-attaches
 * by itself when `reconnect()` re-arms a session that ended.
 */
import {
  BehaviorSubject,
  EMPTY,
  NEVER,
  Observable,
  Subject,
  defer,
  endWith,
  finalize,
  ignoreElements,
  share,
  startWith,
  switchMap,
  takeUntil,
  takeWhile,
  tap,
  timer,
  type Subscription,
} from 'rxjs';
import type { TikTokLiveError } from '../errors.js';

/** What an attached stream does when the session fails (fatal close). */
export type OnSessionError =
  /** Error with the session's error (data streams). */
  | 'error'
  /** Complete (`state$`: its last value already says `error`). */
  | 'complete'
  /** Emit the error as the last value, then complete (`errors$`: never errors). */
  | 'emit-then-complete';

/** The shared session of one connection. */
export interface SharedSession {
  /** True while a run is subscribed. */
  readonly running: boolean;
  /** Changes whenever the session starts afresh (after `stop()` or a re-arm after the end). */
  readonly generation: object;
  /** Subscribing to the result subscribes `source` and holds the session; the session's end ends it. */
  attach<T>(source: Observable<T>, onError?: OnSessionError): Observable<T>;
  /** Like `attach(source, 'complete')`, and again after each re-arm (`restartOrRearm()` after an end or `stop()`), until unsubscribed. */
  attachWhileArmed<T>(source: Observable<T>): Observable<T>;
  /** Holds the session now and again after each re-arm, until unsubscribed. */
  holdWhileArmed(): Subscription;
  /** While running: drop the socket and any wait, start a fresh run. Otherwise re-arm: a session that ended starts afresh, and the holders of `holdWhileArmed` / `attachWhileArmed` attach again. */
  restartOrRearm(): void;
  /** Stops a running session now (its streams complete) and makes the next hold start afresh. */
  stop(): void;
  /** Stops for good: later attaches complete at once. */
  dispose(): void;
}

interface Run {
  readonly session$: Observable<never>;
  terminal: boolean;
}

const END = Symbol('end');
const noop = (): void => {};

/** Creates the shared session over `run` (one policy run) and `feed$` (consumers that live as long as the session). */
export function createSharedSession(config: {
  /** One run of the connect policy; completes on a clean end, errors on a fatal one. */
  run: () => Observable<never>;
  /** Subscribed for the life of the session, before the first run (room state). */
  feed$: Observable<never>;
  /** Grace period after the last subscriber leaves, in ms; 0 closes at once. */
  disconnectGraceMs: number;
  /** Called when the session is torn down (not on restarts). */
  onTeardown: () => void;
}): SharedSession {
  const { run, feed$, disconnectGraceMs, onTeardown } = config;
  const restart$ = new Subject<void>();
  const stop$ = new Subject<void>();
  const armed$ = new BehaviorSubject<void>(undefined);
  let running = false;
  let disposed = false;

  const createRun = (): Run => {
    const current: Run = {
      terminal: false,
      session$: defer(() => {
        running = true;
        const feed = feed$.subscribe({ error: noop });
        return restart$.pipe(
          startWith(undefined),
          switchMap(() => run().pipe(endWith(END))),
          takeWhile((value) => value !== END),
          takeUntil(stop$),
          ignoreElements(),
          finalize(() => feed.unsubscribe()),
        );
      }).pipe(
        tap({
          error: () => {
            current.terminal = true;
          },
          complete: () => {
            current.terminal = true;
          },
        }),
        finalize(() => {
          running = false;
          onTeardown();
        }),
        share({
          resetOnError: false,
          resetOnComplete: false,
          resetOnRefCountZero: disconnectGraceMs > 0 ? () => timer(disconnectGraceMs) : true,
        }),
      ),
    };
    return current;
  };

  let current = createRun();

  const session: SharedSession = {
    get running() {
      return running;
    },
    get generation() {
      return current;
    },
    attach<T>(source: Observable<T>, onError: OnSessionError = 'error'): Observable<T> {
      return new Observable<T>((subscriber) => {
        if (disposed) {
          subscriber.complete();
          return undefined;
        }
        const inner = source.subscribe(subscriber);
        const hold = current.session$.subscribe({
          error: (error: unknown) => {
            if (onError === 'error') return subscriber.error(error);
            if (onError === 'emit-then-complete') subscriber.next(error as T & TikTokLiveError);
            subscriber.complete();
          },
          complete: () => subscriber.complete(),
        });
        return () => {
          inner.unsubscribe();
          hold.unsubscribe();
        };
      });
    },
    attachWhileArmed<T>(source: Observable<T>): Observable<T> {
      return armed$.pipe(switchMap(() => (disposed ? EMPTY : session.attach(source, 'complete'))));
    },
    holdWhileArmed() {
      return session.attachWhileArmed(NEVER).subscribe();
    },
    restartOrRearm() {
      if (disposed) return;
      if (running && !current.terminal) {
        restart$.next();
        return;
      }
      if (current.terminal) current = createRun();
      armed$.next();
    },
    stop() {
      stop$.next();
      current = createRun();
    },
    dispose() {
      disposed = true;
      stop$.next();
      armed$.complete();
    },
  };
  return session;
}
