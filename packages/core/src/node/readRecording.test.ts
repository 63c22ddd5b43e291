import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { from, lastValueFrom, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecording, type RecordedFrame } from './readRecording.js';
import { recordFrames } from './recordFrames.js';
import type { RecordFramesError } from './recordFramesError.js';
import { RecordingFormatError, RecordingLineError } from './recordingErrors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-recording-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FRAMES = [
  { timestamp: 1, messages: [{ type: 'workerInfo', data: { webSocketId: 'w' } }] },
  '{"timestamp":2,"messages":[{"type":"WebcastChatMessage","data":{"comment":"héllo 😀"}}]}',
  { type: 'WebcastLikeMessage', data: { likeCount: 3 } },
  { timestamp: 4, messages: [] },
];

/** Records FRAMES through recordFrames with `gapMs` between timestamps; resolves when the file is closed. */
async function record(path: string, gapMs: number): Promise<void> {
  let t = 1_700_000_000_000 - gapMs;
  let resolveFinish!: (e: RecordFramesError | undefined) => void;
  const finished = new Promise<RecordFramesError | undefined>((r) => (resolveFinish = r));
  await lastValueFrom(
    from(FRAMES).pipe(recordFrames<string | object>({ to: path, now: () => (t += gapMs), onFinish: resolveFinish }), toArray()),
  );
  expect(await finished).toBeUndefined();
}

const expectedFrames = (gapMs: number): RecordedFrame[] =>
  FRAMES.map((frame, i) => ({
    t: 1_700_000_000_000 + i * gapMs,
    frame: typeof frame === 'string' ? (JSON.parse(frame) as unknown) : frame,
  }));

describe('readRecording', () => {
  it('round-trips a recording: same frames, same order', async () => {
    const path = join(dir, 'session.ndjson');
    await record(path, 60_000);
    // 'instant' ignores the minute-long gaps (the test would time out otherwise).
    const replayed = await lastValueFrom(readRecording(path, { speed: 'instant' }).pipe(toArray()));
    expect(replayed).toEqual(expectedFrames(60_000));
  });

  it('replays with the recorded gaps scaled by speed', async () => {
    const path = join(dir, 'session.ndjson');
    await record(path, 4000);
    const arrivals: number[] = [];
    const replayed: RecordedFrame[] = [];
    await new Promise<void>((resolve, reject) => {
      readRecording(path, { speed: 40 }).subscribe({
        next: (r) => {
          arrivals.push(Date.now());
          replayed.push(r);
        },
        error: reject,
        complete: resolve,
      });
    });
    expect(replayed).toEqual(expectedFrames(4000));
    // 4 s gaps at speed 40: frame i is due 100 ms × i after the first. Timers never fire early, so
    // each arrival is at least that late; the upper bound is one *unscaled* gap (a 13× margin for a
    // busy machine), which an unscaled replay (12 s) cannot meet.
    const first = arrivals[0]!;
    arrivals.forEach((at, i) => expect(at - first).toBeGreaterThanOrEqual(i * 100 - 5));
    expect(arrivals.at(-1)! - first).toBeLessThan(4000);
  });

  it('reports malformed lines to onError with line numbers and keeps going', async () => {
    const path = join(dir, 'broken.ndjson');
    await writeFile(
      path,
      [
        '{"t":1,"frame":{"a":1}}',
        '{"t":2,"frame":{"a":',
        '',
        '   ',
        '[1,2]',
        '{"t":"3","frame":{}}',
        '{"t":4}',
        '{"t":5,"frame":"text frame"}\r',
        '{"t":6,"frame":{"a":6}}',
      ].join('\n'),
    );
    const errors: RecordingLineError[] = [];
    const frames = await lastValueFrom(
      readRecording(path, { speed: 'instant', onError: (e) => errors.push(e) }).pipe(toArray()),
    );
    expect(frames).toEqual([
      { t: 1, frame: { a: 1 } },
      { t: 5, frame: 'text frame' },
      { t: 6, frame: { a: 6 } },
    ]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [2, 'json'],
      [5, 'shape'],
      [6, 'shape'],
      [7, 'shape'],
    ]);
    expect(errors[0]).toBeInstanceOf(RecordingLineError);
    expect(errors[0]!.excerpt).toBe('{"t":2,"frame":{"a":');
  });

  it('without onError, emits every valid frame and then errors with RecordingFormatError', async () => {
    const path = join(dir, 'broken.ndjson');
    await writeFile(path, '{"t":1,"frame":1}\nnope\n{"t":2,"frame":2}\n{"t":3,"frame":3}');
    const seen: unknown[] = [];
    const error = await new Promise<unknown>((resolve, reject) => {
      readRecording(path, { speed: 'instant' }).subscribe({
        next: (r) => seen.push(r.frame),
        error: resolve,
        complete: () => reject(new Error('expected an error')),
      });
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(error).toBeInstanceOf(RecordingFormatError);
    expect((error as RecordingFormatError).errors.map((e) => e.line)).toEqual([2]);
  });

  it('stops reading and waiting when unsubscribed', async () => {
    const path = join(dir, 'session.ndjson');
    await record(path, 60_000);
    const seen: RecordedFrame[] = [];
    await new Promise<void>((resolve) => {
      const sub = readRecording(path).subscribe((r) => {
        seen.push(r);
        // The next frame is a minute away: unsubscribing must not leave the test hanging.
        setTimeout(() => {
          sub.unsubscribe();
          resolve();
        }, 50);
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
  });

  it('errors when the file does not exist', async () => {
    await expect(lastValueFrom(readRecording(join(dir, 'nope.ndjson')))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('throws TypeError for a bad speed or path', () => {
    expect(() => readRecording('x', { speed: 0 })).toThrow(TypeError);
    expect(() => readRecording('x', { speed: -1 })).toThrow(/speed/);
    expect(() => readRecording('x', { speed: Number.NaN })).toThrow(/speed/);
    expect(() => readRecording('x', { speed: 'fast' as never })).toThrow(/speed/);
    expect(() => readRecording('x', { speed: Infinity })).toThrow(/^readRecording: speed must be a positive finite number or 'instant'; got Infinity\. Omit it to use the default \(1\)\.$/);
    expect(() => readRecording('')).toThrow(TypeError);
  });

  it('reads a file it did not write, as the simulator format allows (string frames, CRLF)', async () => {
    const path = join(dir, 'hand.ndjson');
    await writeFile(path, '{"t":10,"frame":{"type":"roomInfo","data":{}}}\r\n{"t":20,"frame":"raw"}\r\n');
    expect(await readFile(path, 'utf8')).toContain('\r\n');
    const frames = await lastValueFrom(readRecording(path, { speed: 'instant' }).pipe(toArray()));
    expect(frames).toEqual([
      { t: 10, frame: { type: 'roomInfo', data: {} } },
      { t: 20, frame: 'raw' },
    ]);
  });
});
