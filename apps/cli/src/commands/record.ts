import { createWriteStream, type WriteStream } from 'node:fs';
import { recordFrames } from '@tiktok-live-rx/core/node';
import type { CliIo } from '../cliIo.js';
import { connectService } from '../connectService.js';
import { formatState } from '../formatLines.js';
import type { CliCommand } from '../parseCli.js';
import { createStopTrigger } from '../stopTrigger.js';
import { trackOutcome } from '../trackOutcome.js';
import { UsageError } from '../usageError.js';

/**
 * `tiktok-live record <creator> -o file.ndjson`: every raw frame (`frames$`)
 * through `recordFrames`, one `{"t", "frame"}` line each — the format `replay`,
 * the simulator and `readRecording` read. Progress goes to stderr.
 */
export async function record(command: Extract<CliCommand, { command: 'record' }>, io: CliIo): Promise<number> {
  const file = await openForWriting(command.file);
  const service = await connectService({ allowReal: true, untilLive: command.untilLive, env: io.env });
  try {
    io.stderr.write(`tiktok-live: recording @${command.creator} from the ${service.description} to ${command.file}. Ctrl-C to stop.\n`);
    const live = service.client.live(command.creator);
    const trigger = createStopTrigger(io.signal, command.seconds);
    const outcome = trackOutcome(service.client, [command.creator], (id, state) => {
      if (state.status !== 'idle') io.stderr.write(`tiktok-live: @${id} ${formatState(state, Date.now())}\n`);
    });
    let frames = 0;
    let finished!: () => void;
    const flushed = new Promise<void>((resolve) => (finished = resolve));
    const subscription = live.frames$
      .pipe(
        recordFrames({
          to: file,
          end: true,
          onError: (error) => io.stderr.write(`tiktok-live: ${error.message}\n`),
          onFinish: () => finished(),
        }),
      )
      .subscribe({ next: () => frames++, complete: () => trigger.stop('complete'), error: () => trigger.stop('complete') });
    const reason = await trigger.stopped;
    trigger.dispose();
    subscription.unsubscribe(); // flushes and closes the file
    outcome.unsubscribe();
    await flushed;
    io.stderr.write(`tiktok-live: recorded ${frames} frame${frames === 1 ? '' : 's'} to ${command.file}\n`);
    return reason === 'complete' ? outcome.exitCode() : 0;
  } finally {
    await service.close();
  }
}

/** Opens (truncates) the output file first, so a bad path is a usage error before anything connects. */
function openForWriting(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags: 'w' });
    stream.once('open', () => resolve(stream));
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`cannot write ${path}: ${error.code ?? error.message}`)));
  });
}
