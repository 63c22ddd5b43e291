import { readFileSync } from 'node:fs';
import type { CliIo } from './cliIo.js';
import { record } from './commands/record.js';
import { replay } from './commands/replay.js';
import { watch } from './commands/watch.js';
import { parseCli } from './parseCli.js';
import { USAGE } from './usage.js';
import { UsageError } from './usageError.js';

/**
 * Runs one command line and resolves with the exit code: 0 done, 1 a creator
 * failed or was not live (or something unexpected broke), 2 bad arguments.
 * Errors are printed as one line, never as a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCli(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${version()}\n`);
        return 0;
      case 'watch':
        return await watch(command, io);
      case 'record':
        return await record(command, io);
      case 'replay':
        return await replay(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tiktok-live: ${error.message}\nRun "tiktok-live --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(`tiktok-live: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function version(): string {
  // The same relative path from src/ (tests) and dist/ (the published bin).
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
