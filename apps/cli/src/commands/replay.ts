import { readFile } from 'node:fs/promises';
import { normalizeUniqueId } from '@tiktok-live-rx/core';
import { parseRecording } from '@tiktok-live-rx/simulator';
import { filter, firstValueFrom, timeout } from 'rxjs';
import type { CliIo } from '../cliIo.js';
import { connectService } from '../connectService.js';
import type { CliCommand } from '../parseCli.js';
import { showEvents } from '../showEvents.js';
import { UsageError } from '../usageError.js';

/** A custom item injected after the last replayed frame: when it arrives, every frame before it has been shown. */
const END_MARKER = 'tiktok-live.replayEnd';

/**
 * `tiktok-live replay file.ndjson`: plays a recording through the embedded
 * simulator (`sim.replay`, a silent room named after the recorded creator)
 * into the same view as `watch`, then exits.
 */
export async function replay(command: Extract<CliCommand, { command: 'replay' }>, io: CliIo): Promise<number> {
  const lines = await readLines(command.file);
  const { frames, skipped } = parseRecording(lines);
  if (frames.length === 0) {
    throw new UsageError(`${command.file} holds no recorded frames (expected NDJSON lines {"t": <ms>, "frame": {...}}, as record writes)`);
  }
  if (skipped > 0) io.stderr.write(`tiktok-live: skipping ${skipped} malformed line${skipped === 1 ? '' : 's'} of ${command.file}\n`);
  const room = recordedRoom(lines);
  const creator = room?.uniqueId ?? 'replay';
  // A silent room (no events of its own) dressed as the recorded one, so its own room info matches.
  const service = await connectService({ allowReal: false, untilLive: false, env: io.env, creators: [{ ...room, uniqueId: creator, live: true, scenario: 'silent' }] });
  const simulator = service.simulator!;
  try {
    io.stderr.write(`tiktok-live: replaying ${frames.length} frames of ${command.file} as @${creator} through the ${service.description}.\n`);
    const live = service.client.live(creator);
    return await showEvents(io, {
      source: service.client,
      creators: [creator],
      output: command.output,
      seconds: command.seconds,
      started: (trigger) => {
        void (async () => {
          // Frames sent before the client's socket joins would go nowhere: wait for the session first.
          await firstValueFrom(live.state$.pipe(filter((s) => s.status === 'connected')));
          const result = await simulator.replay(creator, lines, { speed: command.speed }).done;
          if (result.error) io.stderr.write(`tiktok-live: ${result.error}\n`);
          const marker$ = live.frames$.pipe(filter((frame) => frame.includes(END_MARKER)), timeout(10_000));
          const seen = firstValueFrom(marker$);
          simulator.inject(creator, [{ type: END_MARKER, data: {} }]);
          await seen;
          trigger.stop('done');
        })().catch(() => trigger.stop('done'));
      },
    });
  } finally {
    await service.close();
  }
}

async function readLines(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split('\n');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

interface RecordedRoom {
  uniqueId: string;
  nickname?: string;
  title?: string;
}

type RoomInfoLine = { frame?: { messages?: { type?: string; data?: { raw?: { title?: unknown; owner?: { display_id?: unknown; nickname?: unknown } } } }[] } };

/** The creator a recording is of: handle, name and title from its first room info, if any. */
function recordedRoom(lines: readonly string[]): RecordedRoom | undefined {
  for (const line of lines) {
    if (!line.includes('"roomInfo"')) continue;
    try {
      const raw = (JSON.parse(line) as RoomInfoLine).frame?.messages?.find((m) => m.type === 'roomInfo')?.data?.raw;
      const uniqueId = typeof raw?.owner?.display_id === 'string' ? normalizeUniqueId(raw.owner.display_id) : undefined;
      if (uniqueId === undefined) continue;
      return {
        uniqueId,
        ...(typeof raw?.owner?.nickname === 'string' ? { nickname: raw.owner.nickname } : {}),
        ...(typeof raw?.title === 'string' ? { title: raw.title } : {}),
      };
    } catch {
      // not JSON: parseRecording already counted it
    }
  }
  return undefined;
}
