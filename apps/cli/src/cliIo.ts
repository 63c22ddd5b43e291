import type { Writable } from 'node:stream';

/** What a command may touch: the process's streams, environment and stop signal (Ctrl-C). */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Aborted on SIGINT / SIGTERM. */
  signal: AbortSignal;
}
