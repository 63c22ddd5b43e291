#!/usr/bin/env node
/**
 * The `tiktok-live` executable. Ctrl-C (SIGINT) and SIGTERM stop the command
 * cleanly (exit 0); a second Ctrl-C exits at once.
 */
import { main } from './main.js';

const controller = new AbortController();
const onSignal = (): void => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal });
// Sockets and timers are closed by now; exit explicitly so nothing left over (a DNS lookup, a keep-alive) delays it.
process.exit(code);
