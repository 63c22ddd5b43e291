import type { LiveSource } from '@tiktok-live-rx/core';
import type { Subscription } from 'rxjs';
import type { CliIo } from './cliIo.js';
import { formatState } from './formatLines.js';
import { jsonEvents } from './jsonEvents.js';
import { createLineOutput } from './lineOutput.js';
import type { OutputOptions } from './parseCli.js';
import { createStopTrigger, type StopTrigger } from './stopTrigger.js';
import { createTerminalView } from './terminalView.js';
import { trackOutcome } from './trackOutcome.js';
import { watchEvents } from './watchEvents.js';

/** Options of {@link showEvents}. */
export interface ShowEventsOptions {
  source: LiveSource;
  creators: readonly string[];
  output: OutputOptions;
  seconds: number | undefined;
  /** Runs once the output is subscribed (replay starts its frames here); may call `stop('done')`. */
  started?: (trigger: StopTrigger) => void;
}

/**
 * Prints the creators' events (terminal view or NDJSON) until Ctrl-C, `--seconds`,
 * a closed pipe, or every stream has ended. Resolves with the exit code.
 */
export async function showEvents(io: CliIo, { source, creators, output, seconds, started }: ShowEventsOptions): Promise<number> {
  const trigger = createStopTrigger(io.signal, seconds);
  const out = createLineOutput(io.stdout, () => trigger.stop('pipe'));
  const tty = io.stdout.isTTY === true && !output.json;
  const columns = (io.stdout as { columns?: number }).columns;
  const view = createTerminalView(out, { tty, tagged: creators.length > 1, types: output.types, ...(columns ? { columns } : {}) });
  // In --json mode stdout holds nothing but events; status changes go to stderr.
  const outcome = trackOutcome(source, creators, (id, state) => {
    if (output.json && state.status !== 'idle') io.stderr.write(`tiktok-live: @${id} ${formatState(state, Date.now())}\n`);
  });
  const onComplete = { complete: () => trigger.stop('complete'), error: () => trigger.stop('complete') };
  const subscription: Subscription = output.json
    ? jsonEvents(source, creators, output.types).subscribe({ next: (event) => out.write(`${JSON.stringify(event)}\n`), ...onComplete })
    : watchEvents(source, creators, { statusMs: tty ? 1000 : 5000 }).subscribe({ next: (event) => view.show(event), ...onComplete });
  const ticker = tty ? setInterval(() => view.tick(), 1000) : undefined;
  started?.(trigger);

  const reason = await trigger.stopped;
  trigger.dispose();
  if (ticker) clearInterval(ticker);
  subscription.unsubscribe();
  outcome.unsubscribe();
  view.finish();
  await out.flush();
  return reason === 'complete' ? outcome.exitCode() : 0;
}
