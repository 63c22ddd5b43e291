/** Why a command stops. */
export type StopReason = 'signal' | 'seconds' | 'pipe' | 'complete' | 'done';

/** One promise that settles with the first reason to stop. */
export interface StopTrigger {
  readonly stopped: Promise<StopReason>;
  stop(reason: StopReason): void;
  /** Clears the timer and the signal listener. */
  dispose(): void;
}

/** Stops on the abort signal (Ctrl-C), after `seconds` when given, or when `stop()` is called. */
export function createStopTrigger(signal: AbortSignal, seconds: number | undefined): StopTrigger {
  let resolve!: (reason: StopReason) => void;
  const stopped = new Promise<StopReason>((r) => (resolve = r));
  const onAbort = (): void => resolve('signal');
  if (signal.aborted) resolve('signal');
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = seconds === undefined ? undefined : setTimeout(() => resolve('seconds'), seconds * 1000);
  return {
    stopped,
    stop: (reason) => resolve(reason),
    dispose() {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}
