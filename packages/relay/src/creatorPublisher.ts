/**
 * Publishes one creator's connection to the relay: every normalised item to the event
 * stream (`Nats-Msg-Id` = `<creator>:<msgId>`), and the state, room info and totals to
 * the latest-value stream. Items without a TikTok `msgId` get a content hash instead, so
 * two workers on one creator still publish each item once. `workerInfo` and
 * `tiktok.connect` describe one worker's own socket and are not relayed.
 */
import { createHash } from 'node:crypto';
import { auditTime, type Subscription } from 'rxjs';
import type { LiveConnection, LiveState } from '@tiktok-live-rx/core';
import type { RelayNames } from './relayNames.js';
import type { RelayOutbox } from './relayOutbox.js';
import { RELAY_END_TYPE, RELAY_GAP_TYPE, encodeBody, type RelayGapMarker, type RelayWorkerState } from './relayWire.js';

/** Options of {@link startCreatorPublisher}. */
export interface CreatorPublisherOptions {
  readonly live: LiveConnection;
  readonly names: RelayNames;
  readonly outbox: RelayOutbox;
  readonly workerId: string;
  /** Totals are published at most this often, in ms. */
  readonly totalsIntervalMs: number;
  /** Called on every state change of the worker's connection. */
  readonly onState?: (state: LiveState) => void;
}

/** A running publisher. */
export interface CreatorPublisher {
  readonly uniqueId: string;
  /** Items queued for publishing so far. */
  readonly count: number;
  /** The latest state of the worker's connection. */
  readonly state: LiveState | undefined;
  /** Events per second over the last measurement window. */
  rate(): number;
  /** Publishes a gap marker. */
  gap(marker: Omit<RelayGapMarker, 'workerId'>): void;
  /** Unsubscribes (the core closes the socket after its keep-alive grace). */
  stop(): void;
}

// Every stream ends in an error after a fatal failure; the state carries it.
const noop = (): void => {};
const SKIPPED = new Set(['workerInfo', 'tiktok.connect', 'roomInfo']);

/** Starts publishing `live`. */
export function startCreatorPublisher(options: CreatorPublisherOptions): CreatorPublisher {
  const { live, names, outbox, workerId, totalsIntervalMs, onState } = options;
  const { uniqueId } = live;
  let count = 0;
  let state: LiveState | undefined;
  let windowStart = Date.now();
  let windowCount = 0;
  let lastRate = 0;

  const push = (subject: string, body: unknown, msgID?: string): void => {
    outbox.push({ subject, data: encodeBody(body), msgID, uniqueId, at: Date.now() });
  };
  const gap = (marker: Omit<RelayGapMarker, 'workerId'>): void => {
    const full: RelayGapMarker = { ...marker, workerId };
    push(names.eventSubject(uniqueId, RELAY_GAP_TYPE), full, `${uniqueId}:gap:${marker.reason}:${marker.from}:${marker.to}`);
  };

  const subscriptions: Subscription[] = [
    live.events$.subscribe({
      error: noop,
      next: (event) => {
      const type = event.type === 'unknown' ? event.wireType : event.type;
      if (SKIPPED.has(type)) return;
      count++;
      windowCount++;
      const msgId = (event.data as { common?: { msgId?: unknown } } | null)?.common?.msgId;
      const id =
        (typeof msgId === 'string' || typeof msgId === 'number') && String(msgId) !== '0'
          ? `${uniqueId}:${msgId}`
          : `${uniqueId}:${type}:${createHash('sha1').update(JSON.stringify(event.data)).digest('base64url')}`;
      push(names.eventSubject(uniqueId, type), event.data, id);
      },
    }),
    live.roomInfo$.subscribe({ next: (roomInfo) => push(names.latestSubject(uniqueId, 'room'), roomInfo), error: noop }),
    live.totals$
      .pipe(auditTime(totalsIntervalMs))
      .subscribe({ next: (totals) => push(names.latestSubject(uniqueId, 'totals'), totals), error: noop }),
    live.gaps$.subscribe({ next: (marker) => gap({ ...marker, reason: 'reconnect' }), error: noop }),
    live.streamEnd$.subscribe({
      next: (end) => push(names.eventSubject(uniqueId, RELAY_END_TYPE), end, `${uniqueId}:end:${end.at}`),
      error: noop,
    }),
    live.state$.subscribe({
      next: (next) => {
        state = next;
        const body: RelayWorkerState = {
          status: next.status,
          attempt: next.attempt,
          closeCode: next.closeCode,
          reason: next.reason,
          nextRetryAt: next.nextRetryAt,
          error: next.error ? { name: next.error.name, code: next.error.code, message: next.error.message } : undefined,
          workerId,
          at: Date.now(),
        };
        push(names.latestSubject(uniqueId, 'state'), body);
        onState?.(next);
      },
      // A fatal error is already in the state; nothing else to do here.
      error: noop,
    }),
  ];

  return {
    uniqueId,
    get count() {
      return count;
    },
    get state() {
      return state;
    },
    rate() {
      const now = Date.now();
      if (now - windowStart >= 1000) {
        lastRate = Math.round((windowCount * 1000) / (now - windowStart));
        windowStart = now;
        windowCount = 0;
      }
      return lastRate;
    },
    gap,
    stop() {
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}
