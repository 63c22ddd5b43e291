import type { CliIo } from '../cliIo.js';
import { connectService } from '../connectService.js';
import type { CliCommand } from '../parseCli.js';
import { showEvents } from '../showEvents.js';

/** `tiktok-live watch <creator...>`: the live terminal view, or NDJSON with `--json`. */
export async function watch(command: Extract<CliCommand, { command: 'watch' }>, io: CliIo): Promise<number> {
  const service = await connectService({ allowReal: true, untilLive: command.untilLive, env: io.env });
  try {
    io.stderr.write(`tiktok-live: watching ${command.creators.map((id) => `@${id}`).join(', ')} on the ${service.description}. Ctrl-C to stop.\n`);
    return await showEvents(io, { source: service.client, creators: command.creators, output: command.output, seconds: command.seconds });
  } finally {
    await service.close();
  }
}
