import { TikTokLiveError } from '../errors.js';

/** Why {@link RecordFramesError} was raised. */
export type RecordFramesErrorKind =
  /** The destination failed (open/write/close error); recording stops, frames keep flowing. */
  | 'write'
  /** Frames were dropped because the destination was slower than the source and the buffer was full. */
  | 'overflow'
  /** A frame could not be turned into JSON (cycle, BigInt); that frame was skipped. */
  | 'serialize';

/** A problem while recording frames. Never carries frame contents in its message. */
export class RecordFramesError extends TikTokLiveError {
  /** What went wrong. */
  readonly kind: RecordFramesErrorKind;
  /** For `overflow`: how many frames were dropped. 0 otherwise. */
  readonly dropped: number;

  constructor(kind: RecordFramesErrorKind, message: string, options: { dropped?: number; cause?: unknown } = {}) {
    super(message, 'record-frames', options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'RecordFramesError';
    this.kind = kind;
    this.dropped = options.dropped ?? 0;
  }
}
