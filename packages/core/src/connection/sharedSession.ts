/**
 * The shared session: one run of the connect policy however many subscribers, kept for a grace
 * period after the last one leaves. Streams hold it through {@link SharedSession.attach}; the
 * store and `connect()` hold it through {@link SharedSession.holdWhileArmed}, which re-attaches
 * by itself when `reconnect()` re-arms a session that ended. Plain ref-counting and a
 * `setTimeout` grace timer: no rxjs operator, no scheduler.
 */
import { NEVER, Observable, type Subscription } from 'rxjs';
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

/** How one policy run ends: `failed` with `error` (fatal), or cleanly. */
export type RunEnd = (failed: boolean, error?: unknown) => void;

/** One policy run: starts at once, calls `end` at most once, and returns what stops it early. */
export type StartRun = (end: RunEnd) => () => void;

/** One session generation: its holders, and how it ended (late holders get the same end). */
interface Generation {
  holders: readonly RunEnd[];
  end?: [failed: boolean, error: unknown];
  stopRun?: (() => void) | undefined;
  feed?: Subscription | undefined;
  grace?: ReturnType<typeof setTimeout> | undefined;
}

/** Creates the shared session over `run` (one policy run) and `feed$` (consumers that live as long as the session). */
export function createSharedSession(config: {
  /** One run of the connect policy. */
  run: StartRun;
  /** Subscribed for the life of the session, before the first run (room state). */
  feed$: Observable<never>;
  /** Grace period after the last subscriber leaves, in ms; 0 closes at once. */
  disconnectGraceMs: number;
  /** Called when the session is torn down (not on restarts). */
  onTeardown: () => void;
}): SharedSession {
  const { run, feed$, disconnectGraceMs, onTeardown } = config;
  let current: Generation = { holders: [] };
  /** The re-arm callbacks of `attachWhileArmed` subscriptions. */
  let armed: readonly (() => void)[] = [];
  let disposed = false;

  const startRun = (gen: Generation): void => {
    let stopped = false;
    const stop = run((failed, error) => {
      if (stopped) return;
      stopped = true;
      finish(gen, failed, error);
    });
    // `run` may have ended synchronously: then there is nothing left to stop.
    gen.stopRun = stopped
      ? undefined
      : () => {
          stopped = true;
          stop();
        };
  };

  /** Unsubscribes the run and the feed (a teardown, not a restart); once per start. */
  const tearDown = (gen: Generation): void => {
    const { stopRun, feed } = gen;
    if (feed === undefined) return;
    clearTimeout(gen.grace);
    gen.stopRun = gen.feed = gen.grace = undefined;
    stopRun?.();
    feed.unsubscribe();
    onTeardown();
  };

  /** The run ended by itself, or `stop()` ended it: every holder, now and later, sees the end. */
  const finish = (gen: Generation, failed: boolean, error?: unknown): void => {
    if (gen.end !== undefined) return;
    gen.end = [failed, error];
    const holders = gen.holders;
    gen.holders = [];
    for (const holder of holders) holder(failed, error);
    tearDown(gen);
  };

  const hold = (gen: Generation, holder: RunEnd): (() => void) => {
    if (gen.end !== undefined) {
      holder(...gen.end);
      return () => {};
    }
    gen.holders = [...gen.holders, holder];
    if (gen.grace !== undefined) {
      clearTimeout(gen.grace);
      gen.grace = undefined;
    } else if (gen.feed === undefined) {
      gen.feed = feed$.subscribe({ error: () => {} });
      startRun(gen);
    }
    return () => {
      const before = gen.holders.length;
      gen.holders = gen.holders.filter((h) => h !== holder);
      if (gen.holders.length === 0 && before > 0 && gen.end === undefined) {
        if (disconnectGraceMs > 0) {
          gen.grace = setTimeout(() => tearDown(gen), disconnectGraceMs);
        } else tearDown(gen);
      }
    };
  };

  const session: SharedSession = {
    get running() {
      return current.feed !== undefined;
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
        const release = hold(current, (failed, error) => {
          if (failed && onError === 'error') return subscriber.error(error);
          if (failed && onError === 'emit-then-complete') subscriber.next(error as T & TikTokLiveError);
          subscriber.complete();
        });
        return () => {
          inner.unsubscribe();
          release();
        };
      });
    },
    attachWhileArmed<T>(source: Observable<T>): Observable<T> {
      return new Observable<T>((subscriber) => {
        let inner: Subscription | undefined;
        const arm = (): void => {
          inner?.unsubscribe();
          inner = undefined;
          if (disposed) subscriber.complete();
          else inner = session.attach(source, 'complete').subscribe({ next: (value) => subscriber.next(value), error: (error: unknown) => subscriber.error(error) });
        };
        armed = [...armed, arm];
        arm();
        return () => {
          armed = armed.filter((a) => a !== arm);
          inner?.unsubscribe();
        };
      });
    },
    holdWhileArmed() {
      return session.attachWhileArmed(NEVER).subscribe();
    },
    restartOrRearm() {
      if (disposed) return;
      const gen = current;
      if (gen.feed !== undefined && gen.end === undefined) {
        // Drop the socket (or the wait) and start a fresh run in the same session.
        gen.stopRun?.();
        startRun(gen);
        return;
      }
      if (gen.end !== undefined) current = { holders: [] };
      for (const arm of armed) arm();
    },
    stop() {
      if (current.feed !== undefined) finish(current, false);
      current = { holders: [] };
    },
    dispose() {
      disposed = true;
      if (current.feed !== undefined) finish(current, false);
      for (const arm of armed) arm();
    },
  };
  return session;
}
