/** Test helper (not built): runs `main()` in-process with in-memory stdout/stderr. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../cliIo.js';

/** In-memory streams plus what was written to them. */
export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

/** A `CliIo` whose streams collect text; the signal never fires unless `controller` aborts it. */
export function memoryIo(controller = new AbortController()): MemoryIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdout, stderr, env: { EULER_API_KEY: '' }, signal: controller.signal, out: () => out, err: () => err };
}
