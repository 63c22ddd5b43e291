#!/usr/bin/env node
/**
 * `tiktok-live-rx`: relay workers and the desired set from the command line
 * (`relay worker`, `add`, `remove`, `list`, `watch`). Bad arguments exit 2.
 */
import { parseCommand, UsageError } from './cli/parseCommand.js';
import { runCommand } from './cli/runCommand.js';

// `tiktok-live-rx watch x | head` closes our stdout: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const stopSignal = new Promise<string>((resolve) => {
  process.once('SIGTERM', () => resolve('SIGTERM'));
  process.once('SIGINT', () => resolve('SIGINT'));
});

try {
  const command = parseCommand(process.argv.slice(2), process.env);
  const code = await runCommand(command, { out: (line) => process.stdout.write(`${line}\n`), env: process.env, stopSignal });
  process.exit(code);
} catch (error) {
  if (error instanceof UsageError || error instanceof TypeError) {
    process.stderr.write(`tiktok-live-rx: ${error.message}\nRun with --help for usage.\n`);
    process.exit(2);
  }
  process.stderr.write(`tiktok-live-rx: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
