/**
 * How many creators a worker should hold: the desired set spread evenly over the workers
 * that are alive and not draining, each capped by its capacity, with what a small worker
 * cannot take going to the others (water-filling). Every worker computes the same split
 * from the same heartbeats.
 */
import type { WorkerRecord } from './openRelay.js';

/** Inputs of {@link fairShare}. */
export interface FairShareInput {
  /** Creators in the desired set. */
  readonly desired: number;
  /** Worker heartbeats (this worker's included). */
  readonly workers: Iterable<WorkerRecord>;
  /** This worker's id. */
  readonly workerId: string;
  /** This worker's capacity (used when its own record is not among `workers` yet). */
  readonly capacity: number;
  /** Records older than this (ms) are dead workers. */
  readonly ttlMs: number;
  /** Now, epoch ms. */
  readonly now: number;
}

/** This worker's share: its part of an even, capacity-capped split among the live workers. */
export function fairShare(input: FairShareInput): number {
  const { desired, workers, workerId, capacity, ttlMs, now } = input;
  const live = new Map<string, number>();
  for (const worker of workers) {
    if (!worker.draining && worker.capacity > 0 && now - worker.heartbeatAt <= ttlMs) live.set(worker.workerId, worker.capacity);
  }
  live.set(workerId, capacity);
  // Smallest capacity first (ties by id), so every worker computes the same split.
  const order = [...live].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let remaining = desired;
  for (let i = 0; i < order.length; i++) {
    const [id, cap] = order[i]!;
    const share = Math.min(cap, Math.ceil(remaining / (order.length - i)));
    if (id === workerId) return share;
    remaining = Math.max(0, remaining - share);
  }
  return 0;
}
