import type { LiveSource, LiveState } from '@tiktok-live-rx/core';
import { merge, map, type Subscription } from 'rxjs';

/** Follows every creator's state, for status messages and the exit code. */
export interface Outcome {
  /** 1 when any creator failed or was not live (without `--until-live`), else 0. */
  exitCode(): number;
  /** Stops following. */
  unsubscribe(): void;
}

/** Subscribes each creator's `state$` (the same shared socket) and calls `onChange` per change. */
export function trackOutcome(source: LiveSource, uniqueIds: readonly string[], onChange?: (uniqueId: string, state: LiveState) => void): Outcome {
  const last = new Map<string, LiveState>();
  const subscription: Subscription = merge(...uniqueIds.map((id) => source.live(id).state$.pipe(map((state) => [id, state] as const)))).subscribe({
    next: ([id, state]) => {
      last.set(id, state);
      onChange?.(id, state);
    },
    error: () => {},
  });
  return {
    exitCode: () => ([...last.values()].some((s) => s.status === 'error' || s.status === 'offline') ? 1 : 0),
    unsubscribe: () => subscription.unsubscribe(),
  };
}
