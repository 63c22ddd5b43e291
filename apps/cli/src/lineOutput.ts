import type { Writable } from 'node:stream';

/** Text output that notices a closed pipe (`| head -1`) instead of crashing on EPIPE. */
export interface LineOutput {
  /** Writes text as is (no newline added); a no-op once the reader has gone. */
  write(text: string): void;
  /** True once the reader closed the pipe. */
  readonly closed: boolean;
  /** Resolves when everything written so far has been handed to the OS. */
  flush(): Promise<void>;
}

/**
 * Wraps `stream` (stdout). `onClosed` runs once when the reader goes away
 * (EPIPE or another write error): the CLI then stops and exits 0.
 */
export function createLineOutput(stream: Writable, onClosed: () => void): LineOutput {
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    onClosed();
  };
  stream.on('error', close);
  return {
    write(text) {
      if (!closed) stream.write(text);
    },
    get closed() {
      return closed;
    },
    flush() {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => stream.write('', () => resolve()));
    },
  };
}
