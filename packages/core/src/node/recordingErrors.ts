import { TikTokLiveError } from '../errors.js';

/** One line of a recording that could not be used; the replay skipped it and went on. */
export class RecordingLineError extends TikTokLiveError {
  /** 1-based line number in the file. */
  readonly line: number;
  /** `json`: not valid JSON; `shape`: JSON, but not `{ "t": number, "frame": … }`. */
  override readonly reason: 'json' | 'shape';
  /** The start of the offending line (at most 200 characters). */
  readonly excerpt: string;

  constructor(line: number, reason: 'json' | 'shape', text: string) {
    super(
      reason === 'json'
        ? `Recording line ${line} is not valid JSON.`
        : `Recording line ${line} is not a {"t": number, "frame": …} record.`,
      'recording-format',
    );
    this.name = 'RecordingLineError';
    this.line = line;
    this.reason = reason;
    this.excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }
}

/**
 * Raised at the end of a replay that skipped malformed lines and had no
 * `onError` callback to report them to. Every valid frame was emitted first.
 */
export class RecordingFormatError extends TikTokLiveError {
  /** The skipped lines, in file order. */
  readonly errors: readonly RecordingLineError[];

  constructor(errors: readonly RecordingLineError[]) {
    const lines = errors.slice(0, 10).map((e) => e.line).join(', ');
    super(`Recording has ${errors.length} malformed line(s) (line ${lines}${errors.length > 10 ? ', …' : ''}); they were skipped.`, 'recording-format');
    this.name = 'RecordingFormatError';
    this.errors = errors;
  }
}
