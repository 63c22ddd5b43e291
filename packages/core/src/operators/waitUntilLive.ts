import {
  asyncScheduler,
  catchError,
  concatMap,
  defaultIfEmpty,
  defer,
  from,
  of,
  retry,
  take,
  tap,
  throwError,
  timer,
  type MonoTypeOperatorFunction,
  type Observable,
  type ObservableInput,
  type SchedulerLike,
} from 'rxjs';
import { DEFAULT_WAIT_UNTIL_LIVE } from '../defaults.js';
import { NotLiveError, StreamEndedError } from '../errors.js';

/** Configuration of {@link waitUntilLive}. */
export interface WaitUntilLiveConfig {
  /** Delay before each new attempt: ms, or a function of the wait number and the error. @default defaultWaitUntilLiveDelay (60 s ± 20 %) */
  delay?: number | ((attempt: number, error: unknown) => number);
  /** Base interval of the default delay, in ms. @default 60000 */
  interval?: number;
  /** After the stream ended (4005), wait for the next live instead of letting the end through. @default true */
  rearmAfterEnd?: boolean;
  /**
   * Optional cheap check run after each delay, before resubscribing: `false` waits another round
   * without connecting. A failing check counts as "maybe live" (connect and let the service decide).
   */
  isLive?: () => ObservableInput<boolean>;
  /** Which errors mean "not live". @default error instanceof NotLiveError (close 4404) */
  isNotLive?: (error: unknown) => boolean;
  /** Which errors mean "stream ended". @default error instanceof StreamEndedError (close 4005) */
  isEnded?: (error: unknown) => boolean;
  /** Scheduler for the delays. @default asyncScheduler */
  scheduler?: SchedulerLike;
  /** Random source in [0, 1) for the jitter. @default Math.random */
  random?: () => number;
  /** Called each time a wait starts (state reporting). */
  onWait?: (info: WaitInfo) => void;
}

/** What {@link WaitUntilLiveConfig.onWait} receives. */
export interface WaitInfo {
  /** 1-based number of this wait since the source last emitted. */
  attempt: number;
  /** How long this wait lasts, in ms. */
  delay: number;
  /** The error that caused it (`NotLiveError` or `StreamEndedError`). */
  error: unknown;
}

/** The default `interval` of {@link waitUntilLive}, in ms (`DEFAULT_WAIT_UNTIL_LIVE.interval`). */
export const DEFAULT_WAIT_INTERVAL_MS: number = DEFAULT_WAIT_UNTIL_LIVE.interval;

/**
 * The default wait: `interval` ± 20 % jitter, so many clients waiting for the
 * same creator do not reconnect in lockstep.
 */
export function defaultWaitUntilLiveDelay(interval = DEFAULT_WAIT_INTERVAL_MS, random: () => number = Math.random): number {
  return Math.round(interval * (0.8 + 0.4 * random()));
}

/** The waits of one subscription to a source that waits until live. */
export interface WaitRounds {
  /** Whether `error` starts a wait (not live, or ended with `rearmAfterEnd`); other errors go through. */
  waitsFor(error: unknown): boolean;
  /** Starts the next wait for `error`: tells `onWait` and returns its length in ms. */
  next(error: unknown): number;
  /** The source emitted: the wait count starts over. */
  reset(): void;
}

/**
 * Creates the waits for `config` (the operator's options; the probe and the scheduler are the caller's
 * business): the operator's wait logic, which the client's connect policy runs too, on `setTimeout`.
 */
export function createWaitRounds(config: WaitUntilLiveConfig): WaitRounds {
  const {
    delay,
    interval = DEFAULT_WAIT_INTERVAL_MS,
    rearmAfterEnd = true,
    isNotLive = (error: unknown) => error instanceof NotLiveError,
    isEnded = (error: unknown) => error instanceof StreamEndedError,
    random = Math.random,
    onWait,
  } = config;
  const delayFor: (attempt: number, error: unknown) => number =
    typeof delay === 'number' ? () => delay : (delay ?? (() => defaultWaitUntilLiveDelay(interval, random)));
  let waits = 0;
  return {
    waitsFor: (error) => isNotLive(error) || (rearmAfterEnd && isEnded(error)),
    next(error) {
      waits += 1;
      const ms = Math.max(0, delayFor(waits, error));
      onWait?.({ attempt: waits, delay: ms, error });
      return ms;
    },
    reset() {
      waits = 0;
    },
  };
}

/**
 * Turns "not live" (4404) and, by default, "stream ended" (4005) into a long,
 * jittered wait followed by a resubscription, forever, optionally asking
 * `isLive()` first. Other errors go through untouched.
 *
 * @example
 * session$.pipe(waitUntilLive({ interval: 60_000, isLive: () => probeRoom('creator') }))
 */
export function waitUntilLive<T>(config: WaitUntilLiveConfig = {}): MonoTypeOperatorFunction<T> {
  const { isLive, scheduler = asyncScheduler } = config;
  return (source) =>
    defer(() => {
      const rounds = createWaitRounds(config);
      const waitRound = (error: unknown): Observable<unknown> => {
        const wait$ = timer(rounds.next(error), scheduler);
        if (!isLive) return wait$;
        return wait$.pipe(
          concatMap(() =>
            defer(() => from(isLive())).pipe(
              take(1),
              defaultIfEmpty(true),
              catchError(() => of(true)),
            ),
          ),
          concatMap((live) => (live ? of(live) : waitRound(error))),
        );
      };
      return source.pipe(
        tap(() => rounds.reset()),
        retry({ delay: (error: unknown) => (rounds.waitsFor(error) ? waitRound(error) : throwError(() => error)) }),
      );
    });
}
