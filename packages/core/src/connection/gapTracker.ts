/** Reconnect gaps: after a drop, the first frame of the next session emits `{ from, to }`. */
import type { Observable } from 'rxjs';
import { createMulticast } from '../multicast.js';
import type { GapMarker } from '../types.js';

/** The gap bookkeeping of one connection. */
export interface GapTracker {
  /** A marker after every reconnect that follows a drop. */
  readonly gaps$: Observable<GapMarker>;
  /** A frame arrived at `receivedAt` (epoch ms). */
  frame(receivedAt: number): void;
  /** The socket dropped: the next frame closes a gap. */
  dropped(): void;
  /** Forget the last frame (a fresh run, a stream end, not live). */
  reset(): void;
}

/** Creates the gap tracker. */
export function createGapTracker(): GapTracker {
  const gaps = createMulticast<GapMarker>();
  let lastFrameAt: number | undefined;
  let gapFrom: number | undefined;
  return {
    gaps$: gaps.observable$,
    frame(receivedAt) {
      if (gapFrom !== undefined) {
        const from = gapFrom;
        gapFrom = undefined;
        gaps.next({ from, to: receivedAt });
      }
      lastFrameAt = receivedAt;
    },
    dropped() {
      if (lastFrameAt !== undefined) gapFrom = lastFrameAt;
    },
    reset() {
      gapFrom = lastFrameAt = undefined;
    },
  };
}
