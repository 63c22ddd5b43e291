/**
 * The worker's publish queue to JetStream: pipelined publishes (up to `maxInFlight`
 * awaiting their ack), held back while the NATS link is down and retried in place when a
 * publish fails, and bounded: past `maxBuffered` queued messages the oldest are dropped and reported, so the worker can
 * publish a gap marker for their creators once the link is back. Re-sending is safe:
 * every event carries a `Nats-Msg-Id`, so the stream drops what already arrived.
 */
import type { JetStreamClient } from '@nats-io/jetstream';

/** One message to publish. */
export interface OutboxItem {
  readonly subject: string;
  readonly data: Uint8Array;
  /** `Nats-Msg-Id`, for the stream's de-duplication. */
  readonly msgID?: string | undefined;
  /** The creator it belongs to (for overflow gap markers). */
  readonly uniqueId: string;
  /** When it was queued, epoch ms. */
  readonly at: number;
}

/** Options of {@link createRelayOutbox}. */
export interface RelayOutboxOptions {
  /** Queued (not yet acknowledged) messages kept while NATS is unreachable; older ones are dropped. @default 50_000 */
  maxBuffered?: number;
  /** Publishes awaiting their ack at once. @default 512 */
  maxInFlight?: number;
  /** Called for every message dropped by the bound. */
  onDrop?: (item: OutboxItem) => void;
}

/** Counters of an outbox. */
export interface RelayOutboxStats {
  /** Acknowledged as stored. */
  published: number;
  /** Acknowledged as duplicates (another worker or a re-send stored it first). */
  duplicates: number;
  /** Dropped by the `maxBuffered` bound. */
  dropped: number;
  /** Queued now. */
  buffered: number;
}

/** The queue. */
export interface RelayOutbox {
  push(item: OutboxItem): void;
  /** Resolves once everything queued has been acknowledged (or `timeoutMs` passed). */
  flush(timeoutMs: number): Promise<void>;
  /** `false` while the NATS link is down: messages stay queued (and count against the bound) instead of entering the client. */
  setOnline(online: boolean): void;
  stats(): RelayOutboxStats;
  /** Stops publishing (queued messages are abandoned). */
  close(): void;
}

const RETRY_MIN_MS = 200;
const RETRY_MAX_MS = 5_000;

/** Creates an outbox publishing through `js`. */
export function createRelayOutbox(js: JetStreamClient, options: RelayOutboxOptions = {}): RelayOutbox {
  const { maxBuffered = 50_000, maxInFlight = 512, onDrop } = options;
  let queue: OutboxItem[] = [];
  let head = 0;
  let inFlight = 0;
  let retryDelay = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let online = true;
  const stats = { published: 0, duplicates: 0, dropped: 0 };
  const waiters = new Set<() => void>();

  const size = (): number => queue.length - head;

  const settle = (): void => {
    if (size() === 0 && inFlight === 0) for (const resolve of [...waiters]) resolve();
  };

  const failed = (item: OutboxItem): void => {
    // Put it back in front; the msg id makes a later duplicate harmless.
    if (head > 0) queue[--head] = item;
    else queue.unshift(item);
    if (retryTimer === undefined && !closed) {
      retryDelay = Math.min(RETRY_MAX_MS, Math.max(RETRY_MIN_MS, retryDelay * 2));
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        pump();
      }, retryDelay);
    }
  };

  const pump = (): void => {
    while (!closed && online && retryTimer === undefined && inFlight < maxInFlight && size() > 0) {
      const item = queue[head]!;
      queue[head++] = undefined as unknown as OutboxItem;
      if (head > 4096 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      inFlight++;
      js.publish(item.subject, item.data, item.msgID === undefined ? { timeout: 5_000 } : { msgID: item.msgID, timeout: 5_000 }).then(
        (ack) => {
          inFlight--;
          retryDelay = 0;
          if (ack.duplicate) stats.duplicates++;
          else stats.published++;
          pump();
          settle();
        },
        () => {
          inFlight--;
          failed(item);
        },
      );
    }
  };

  return {
    push(item) {
      if (closed) return;
      queue.push(item);
      while (size() > maxBuffered) {
        const dropped = queue[head]!;
        queue[head++] = undefined as unknown as OutboxItem;
        stats.dropped++;
        onDrop?.(dropped);
      }
      pump();
    },
    flush(timeoutMs) {
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
        settle();
      });
    },
    setOnline(next) {
      online = next;
      if (!online) return;
      if (retryTimer !== undefined) {
        clearTimeout(retryTimer);
        retryTimer = undefined;
      }
      pump();
    },
    stats() {
      return { ...stats, buffered: size() };
    },
    close() {
      closed = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      for (const resolve of [...waiters]) resolve();
    },
  };
}
