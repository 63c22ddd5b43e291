import { createReadStream } from 'node:fs';
import { Observable } from 'rxjs';
import { check, type Rule } from '../validation/optionChecks.js';
import { RecordingFormatError, RecordingLineError } from './recordingErrors.js';

/** One recorded frame. */
export interface RecordedFrame {
  /** When it was received (epoch ms, as recorded). */
  t: number;
  /** The frame as recorded: usually the parsed JSON frame, a string when it was not JSON. */
  frame: unknown;
}

/** Options of {@link readRecording}. */
export interface ReadRecordingOptions {
  /**
   * Replay pace: `2` plays twice as fast as recorded, `0.5` half as fast;
   * `'instant'` emits without waiting.
   * @default 1
   */
  speed?: number | 'instant';
  /**
   * Receives each malformed line (which is skipped). Without it, the replay
   * still emits every valid frame, then errors with a `RecordingFormatError`
   * listing the skipped lines.
   * @default undefined
   */
  onError?: (error: RecordingLineError) => void;
}

/** `speed`: a replay speed factor, or `'instant'`. */
const SPEED: Rule = [(value) => value === 'instant' || (typeof value === 'number' && value > 0 && value < Infinity), "a positive finite number or 'instant'"];

/**
 * Replays an NDJSON recording written by `recordFrames` (or any file of
 * `{"t": <epoch ms>, "frame": …}` lines), keeping the recorded gaps between
 * frames scaled by `speed`. The file is read lazily as it plays (memory stays
 * flat for long recordings); unsubscribing stops reading and closes it.
 * Blank lines are ignored; malformed lines are skipped and reported.
 *
 * @throws TypeError - when `speed` is not a positive number or `'instant'`.
 * @example
 * ```ts
 * readRecording('./session.ndjson', { speed: 4 }).subscribe(({ frame }) => feed(frame));
 * ```
 */
export function readRecording(path: string, options?: ReadRecordingOptions): Observable<RecordedFrame> {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError('readRecording needs a file path.');
  }
  const speed = check<number | 'instant'>('readRecording', 'speed', options?.speed, SPEED, 1);
  const onError = options?.onError;

  return new Observable<RecordedFrame>((subscriber) => {
    let stopped = false;
    let cancelWait: (() => void) | undefined;
    const stream = createReadStream(path, { encoding: 'utf8' });

    const wait = (ms: number): Promise<void> =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          cancelWait = undefined;
          resolve();
        }, ms);
        cancelWait = () => {
          clearTimeout(timer);
          cancelWait = undefined;
          resolve();
        };
      });

    const run = async (): Promise<void> => {
      const skipped: RecordingLineError[] = [];
      let lineNo = 0;
      let carry = '';
      let origin: { t: number; wall: number } | undefined;

      const processLine = async (raw: string): Promise<void> => {
        lineNo++;
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.trim() === '') return;
        const record = parseLine(text, lineNo);
        if (record instanceof RecordingLineError) {
          if (onError !== undefined) onError(record);
          else skipped.push(record);
          return;
        }
        if (speed !== 'instant') {
          if (origin === undefined) {
            origin = { t: record.t, wall: Date.now() };
          } else {
            // Schedule against the first frame, not the previous one, so delays never accumulate drift.
            const due = origin.wall + (record.t - origin.t) / speed;
            const delay = due - Date.now();
            if (delay > 0) await wait(delay);
          }
        }
        if (!stopped) subscriber.next(record);
      };

      for await (const chunk of stream) {
        const lines = (carry + (chunk as string)).split('\n');
        carry = lines.pop() ?? '';
        for (const line of lines) {
          if (stopped) return;
          await processLine(line);
        }
        if (stopped) return;
      }
      if (carry !== '' && !stopped) await processLine(carry);
      if (stopped) return;
      if (skipped.length > 0) subscriber.error(new RecordingFormatError(skipped));
      else subscriber.complete();
    };

    run().catch((error: unknown) => {
      if (!stopped) subscriber.error(error);
    });

    return () => {
      stopped = true;
      cancelWait?.();
      stream.destroy();
    };
  });
}

function parseLine(text: string, line: number): RecordedFrame | RecordingLineError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return new RecordingLineError(line, 'json', text);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new RecordingLineError(line, 'shape', text);
  }
  const record = value as Record<string, unknown>;
  const t = record['t'];
  if (typeof t !== 'number' || !Number.isFinite(t) || !('frame' in record)) {
    return new RecordingLineError(line, 'shape', text);
  }
  return { t, frame: record['frame'] };
}
