/**
 * What travels on the relay's subjects, shared by workers and consumers (JSON bodies).
 */
import type { GapMarker, LiveState } from '@tiktok-live-rx/core';

/** Pseudo event types on the event stream (never TikTok wire names, which do not start with `_`). */
export const RELAY_GAP_TYPE = '_gap';
/** A stream end the worker saw (`streamEnd$`). */
export const RELAY_END_TYPE = '_end';

/** A gap marker on the event stream: the core's {@link GapMarker} plus why and who saw it. */
export interface RelayGapMarker extends GapMarker {
  /** `reconnect`: the worker's socket dropped; `failover`: a worker died and another took over; `overflow`: the worker's NATS buffer overflowed. */
  readonly reason: 'reconnect' | 'failover' | 'overflow';
  /** The worker that published it. */
  readonly workerId: string;
}

/**
 * The worker's view of a creator's connection, on `<prefix>.last.<creator>.state`: the core's
 * {@link LiveState} with the error reduced to JSON, plus who saw it and when.
 */
export interface RelayWorkerState extends Omit<LiveState, 'error'> {
  /** The error's name, code and message (never credentials: the core redacts them). */
  readonly error?: { readonly name: string; readonly code: string; readonly message: string } | undefined;
  /** The worker that holds the creator. */
  readonly workerId: string;
  /** When the worker saw this state, epoch ms. */
  readonly at: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** JSON-encodes a body. */
export function encodeBody(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** Decodes a JSON body (`undefined` when it is not JSON). */
export function decodeBody(data: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(data)) as unknown;
  } catch {
    return undefined;
  }
}
