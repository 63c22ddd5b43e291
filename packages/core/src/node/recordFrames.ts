import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { check, integer, invalid } from '../validation/optionChecks.js';
import { RecordFramesError } from './recordFramesError.js';

/** Configuration of {@link recordFrames}. */
export interface RecordFramesConfig {
  /**
   * Where to write: a file path (opened in append mode on subscribe, closed on
   * complete/error/unsubscribe) or a writable stream (never ended by
   * `recordFrames` unless `end` is true).
   */
  to: string | Writable;
  /**
   * End a given stream when recording stops. Ignored for file paths (always closed).
   * @default false
   */
  end?: boolean;
  /**
   * Maximum frames held in memory while the destination applies backpressure
   * (beyond the stream's own `highWaterMark`). Further frames are dropped and
   * reported as one `overflow` error with the count once the destination drains.
   * @default 10000
   */
  maxBufferedFrames?: number;
  /**
   * Receives write, overflow and serialisation problems; frames keep flowing.
   * Without it, the first problem errors the returned observable instead.
   * @default undefined
   */
  onError?: (error: RecordFramesError) => void;
  /**
   * Called once the destination is flushed (file closed, or given stream
   * written) after recording stops, with the last write error if any.
   * @default undefined
   */
  onFinish?: (error: RecordFramesError | undefined) => void;
  /**
   * Clock for the `t` field (epoch ms).
   * @default Date.now
   */
  now?: () => number;
}

const DEFAULT_MAX_BUFFERED = 10_000;

/**
 * Records raw frames as NDJSON while passing them through unchanged: one line
 * `{"t": <epoch ms>, "frame": <frame>}` per frame. String frames are parsed
 * as JSON (kept as a string when they are not JSON); object frames are
 * written as they are. The format is what `readRecording` and the
 * simulator's `--replay` read.
 *
 * - Appends; backpressure-aware: when the stream asks to wait, lines queue in
 *   memory up to `maxBufferedFrames`, then frames are dropped and counted.
 * - Flushes queued lines and closes the file on complete, error or unsubscribe.
 * - Recording problems never break the live stream when `onError` is given.
 *
 * @example
 * ```ts
 * client.live('some_creator').frames$
 *   .pipe(recordFrames({ to: './session.ndjson' }))
 *   .subscribe();
 * ```
 */
export function recordFrames<T extends string | object>(config: RecordFramesConfig): MonoTypeOperatorFunction<T> {
  validate(config);
  const max = config.maxBufferedFrames ?? DEFAULT_MAX_BUFFERED;
  const now = config.now ?? Date.now;

  return (source) =>
    new Observable<T>((subscriber) => {
      const owned = typeof config.to === 'string';
      const stream: Writable = typeof config.to === 'string' ? createWriteStream(config.to, { flags: 'a' }) : config.to;
      const shouldEnd = owned || config.end === true;

      let pending: string[] = [];
      let waitingForDrain = false;
      let dropped = 0;
      let failed: RecordFramesError | undefined;
      let stopped = false;

      const report = (error: RecordFramesError): void => {
        if (config.onError !== undefined) {
          config.onError(error);
        } else if (!subscriber.closed) {
          subscriber.error(error);
        }
      };

      const reportDropped = (): void => {
        if (dropped === 0) return;
        const count = dropped;
        dropped = 0;
        report(
          new RecordFramesError('overflow', `recordFrames dropped ${count} frame(s): the destination was too slow.`, {
            dropped: count,
          }),
        );
      };

      const onDrain = (): void => {
        waitingForDrain = false;
        if (failed !== undefined) return;
        const chunk = pending.join('');
        pending = [];
        if (chunk !== '') writeChunk(chunk);
        reportDropped();
      };

      const writeChunk = (chunk: string): void => {
        if (!stream.write(chunk) && !waitingForDrain) {
          waitingForDrain = true;
          stream.once('drain', onDrain);
        }
      };

      const onStreamError = (cause: unknown): void => {
        if (failed !== undefined) return;
        const detail = cause instanceof Error ? cause.message : String(cause);
        failed = new RecordFramesError('write', `recordFrames cannot write: ${detail}`, { cause });
        pending = [];
        report(failed);
      };
      stream.on('error', onStreamError);

      const record = (frame: T): void => {
        if (failed !== undefined || stopped) return;
        let line: string;
        try {
          line = `${JSON.stringify({ t: now(), frame: toJsonValue(frame) })}\n`;
        } catch (cause) {
          report(new RecordFramesError('serialize', 'recordFrames skipped a frame that is not JSON-serialisable.', { cause }));
          return;
        }
        if (waitingForDrain) {
          if (pending.length >= max) dropped++;
          else pending.push(line);
          return;
        }
        writeChunk(line);
      };

      const stop = (): void => {
        if (stopped) return;
        stopped = true;
        stream.off('drain', onDrain);
        waitingForDrain = false;
        if (failed === undefined && pending.length > 0) stream.write(pending.join(''));
        pending = [];
        reportDropped();
        let finished = false;
        const finish = (): void => {
          if (finished) return;
          finished = true;
          stream.off('error', onStreamError);
          config.onFinish?.(failed);
        };
        if (shouldEnd && failed === undefined) {
          stream.once('error', finish);
          stream.end(() => finish());
        } else if (failed === undefined) {
          // Not ours to end: signal once what we wrote has been handed to the OS.
          stream.write('', () => finish());
        } else {
          if (owned) stream.destroy();
          finish();
        }
      };

      const subscription = source.subscribe({
        next(frame) {
          record(frame);
          subscriber.next(frame);
        },
        error(error: unknown) {
          stop();
          subscriber.error(error);
        },
        complete() {
          stop();
          subscriber.complete();
        },
      });
      return () => {
        subscription.unsubscribe();
        stop();
      };
    });
}

/** Strings holding JSON are stored parsed, so the file holds the frame as JSON rather than an escaped string. */
function toJsonValue(frame: string | object): unknown {
  if (typeof frame !== 'string') return frame;
  try {
    return JSON.parse(frame) as unknown;
  } catch {
    return frame;
  }
}

const WHERE = 'recordFrames';

function validate(config: RecordFramesConfig): void {
  if (typeof config !== 'object' || config === null) {
    throw new TypeError("recordFrames needs a config object, e.g. recordFrames({ to: './session.ndjson' }).");
  }
  const { to } = config;
  const isWritable = typeof to === 'object' && to !== null && typeof to.write === 'function' && typeof to.once === 'function';
  if (!(typeof to === 'string' && to !== '') && !isWritable) invalid(WHERE, 'to', 'a file path or a writable stream', to);
  check(WHERE, 'maxBufferedFrames', config.maxBufferedFrames, integer(0));
}
