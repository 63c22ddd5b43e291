import { readFile } from 'node:fs/promises';
import type { CreatorRoom } from './rooms/creatorRoom.js';
import type { ReplayHandle, ReplayOptions, ReplayResult } from './types.js';

/** Epoch-ms values are above this; smaller `t` values are offsets. */
const EPOCH_THRESHOLD = 1e11;

interface RecordedFrame {
  at: number;
  frame: string;
  tiktok: boolean;
}

/**
 * Plays an NDJSON recording (`{"t": <ms offset or epoch ms>, "frame": <object | string>}`
 * per line) to every socket of a room, as recorded (frames are sent verbatim,
 * whatever the socket's schema or bundling) at `speed` × the recorded pace.
 * @example
 * const { done } = startReplay(room, ['{"t":0,"frame":{"type":"WebcastChatMessage","data":{}}}'], { speed: 10 }, log);
 */
export function startReplay(
  room: CreatorRoom,
  source: string | readonly string[],
  options: ReplayOptions,
  log: (line: string) => void,
): ReplayHandle {
  const speed = options.speed ?? 1;
  if (!(typeof speed === 'number' && speed > 0)) throw new TypeError('replay speed must be a positive number (Infinity = no delays)');
  let stopped = false;
  let sent = 0;
  let skippedLines = 0;
  let timer: NodeJS.Timeout | undefined;
  let finish: (result: ReplayResult) => void = () => {};
  const done = new Promise<ReplayResult>((resolve) => {
    finish = resolve;
  });

  const run = async () => {
    let lines: readonly string[];
    if (typeof source === 'string') {
      try {
        lines = (await readFile(source, 'utf8')).split(/\r?\n/);
      } catch (error) {
        finish({ frames: 0, skipped: 0, error: `cannot read ${source}: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
    } else {
      lines = source;
    }
    const { frames, skipped } = parseRecording(lines);
    skippedLines = skipped;
    log(`replay @${room.info.uniqueId}: ${frames.length} frames, ${skipped} skipped, speed ${speed}`);
    const start = Date.now();
    const step = () => {
      timer = undefined;
      while (!stopped && sent < frames.length) {
        const next = frames[sent] as RecordedFrame;
        const due = start + next.at / speed;
        const wait = due - Date.now();
        if (wait > 1) {
          timer = setTimeout(step, wait);
          return;
        }
        for (const session of [...room.sessions]) session.sendRecorded(next.frame, next.tiktok);
        sent++;
        if (sent % 1000 === 0 && !Number.isFinite(speed)) {
          // Yield to the event loop so sockets flush and control calls get through.
          timer = setTimeout(step, 0);
          return;
        }
      }
      finish({ frames: sent, skipped: skippedLines });
    };
    step();
  };
  void run();
  return {
    done,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      finish({ frames: sent, skipped: skippedLines });
    },
  };
}

/** Parses NDJSON lines into frames with offsets from the first frame. */
export function parseRecording(lines: readonly string[]): { frames: RecordedFrame[]; skipped: number } {
  const entries: { t: number; text: string }[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const t = (entry as { t?: unknown })?.t;
    const frame = (entry as { frame?: unknown })?.frame;
    if (typeof t !== 'number' || !Number.isFinite(t) || (typeof frame !== 'string' && (typeof frame !== 'object' || frame === null))) {
      skipped++;
      continue;
    }
    entries.push({ t, text: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }
  // Epoch-ms recordings play relative to their earliest frame; offsets play as given.
  const origin = entries.some((e) => e.t >= EPOCH_THRESHOLD) ? entries.reduce((min, e) => Math.min(min, e.t), Number.POSITIVE_INFINITY) : 0;
  const frames = entries.map(({ t, text }) => ({
    at: Math.max(0, t - origin),
    frame: text,
    tiktok: /"type"\s*:\s*"(Webcast|RoomVerifyMessage)/.test(text),
  }));
  frames.sort((a, b) => a.at - b.at);
  return { frames, skipped };
}
