/** Test helper (not built): runs the CLI from source as a real process, exactly as `pnpm cli` does. */
import { spawn, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('../..', import.meta.url));
/** `node --conditions=@tiktok-live-rx/source --import tsx src/bin.ts` */
export const CLI = [process.execPath, '--conditions=@tiktok-live-rx/source', '--import', 'tsx', 'src/bin.ts'] as const;

/** What a finished run printed. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; EULER_* variables are cleared unless given, so runs never reach the real service. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const [exe, ...flags] = CLI;
  return spawn(exe, [...flags, ...args], {
    cwd: appDir,
    env: { ...process.env, EULER_API_KEY: '', EULER_ACCOUNT_ID: '', EULER_WS_URL: '', ...env },
  });
}

/** Collects a started process's output until it exits (killed after `limitMs`). */
export function finished(child: ChildProcessByStdio<null | Writable, Readable, Readable> | ChildProcessWithoutNullStreams, limitMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the CLI to the end. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return finished(startCli(args, env));
}

/** Resolves once the child's stdout holds a line matching `pattern` (rejects after `timeoutMs`). */
export function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; got:\n${buffer}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(line);
      }
    };
    child.stdout.on('data', onData);
  });
}

/** Parses NDJSON stdout (every non-empty line must be JSON). */
export function ndjson(stdout: string): { t: number; uniqueId: string; type: string; data: Record<string, any> }[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { t: number; uniqueId: string; type: string; data: Record<string, any> });
}

/** A stack trace line, which a CLI error must never show. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;
