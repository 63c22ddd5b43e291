/**
 * How many creators a worker should hold: an even share of the desired set among the
 * workers that are alive and not draining, capped by the worker's capacity.
 */
import type { WorkerRecord } from './openRelay.js';

/** Inputs of {@link fairShare}. */
export interface FairShareInput {
  /** Creators in the desired set. */
  readonly desired: number;
  /** Worker heartbeats (this worker's included). */
  readonly workers: Iterable<WorkerRecord>;
  /** This worker's capacity. */
  readonly capacity: number;
  /** Records older than this (ms) are dead workers. */
  readonly ttlMs: number;
  /** Now, epoch ms. */
  readonly now: number;
}

/** `min(capacity, ceil(desired / live workers))`; at least one live worker is assumed (this one). */
export function fairShare(input: FairShareInput): number {
  const { desired, workers, capacity, ttlMs, now } = input;
  let live = 0;
  for (const worker of workers) if (!worker.draining && now - worker.heartbeatAt <= ttlMs) live++;
  return Math.min(capacity, Math.ceil(desired / Math.max(1, live)));
}
