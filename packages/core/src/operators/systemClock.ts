/**
 * The time the streak and totals logic runs on: a clock and a one-shot timer. An rxjs
 * `SchedulerLike` is one (the public operators pass theirs, `asyncScheduler` by default); the
 * client's lazy chunks use {@link systemClock}, so they never import a scheduler from rxjs.
 */

/** A clock plus a one-shot timer (an rxjs `SchedulerLike` fits). */
export interface Clock {
  /** Current time, ms. */
  now(): number;
  /** Runs `work` once after `delay` ms; `unsubscribe()` cancels it. */
  schedule(work: () => void, delay: number): { unsubscribe(): void };
}

/**
 * `Date.now()` and `setTimeout`, read when called (so test fake timers apply).
 *
 * @example
 * const timer = systemClock.schedule(() => console.log(systemClock.now()), 1_000);
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(work, delay) {
    const id = setTimeout(work, delay);
    return { unsubscribe: () => clearTimeout(id) };
  },
};
