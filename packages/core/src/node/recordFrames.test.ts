import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { from, lastValueFrom, Subject, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordFrames } from './recordFrames.js';
import { RecordFramesError } from './recordFramesError.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'record-frames-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A clock that advances `step` ms per call, starting at `start`. */
const fakeClock = (start = 1_700_000_000_000, step = 100) => {
  let t = start - step;
  return () => (t += step);
};

const readLines = async (path: string): Promise<unknown[]> =>
  (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

/** Resolves with onFinish's argument. */
const finished = () => {
  let resolve!: (e: RecordFramesError | undefined) => void;
  const promise = new Promise<RecordFramesError | undefined>((r) => (resolve = r));
  return { promise, onFinish: (e: RecordFramesError | undefined) => resolve(e) };
};

/** A writable that applies backpressure until `release()`; records what it got. */
function slowWritable(highWaterMark = 1) {
  const chunks: string[] = [];
  const held: Array<() => void> = [];
  let open = false;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _enc, callback) {
      chunks.push(String(chunk));
      if (open) callback();
      else held.push(callback);
    },
  });
  return {
    stream,
    chunks,
    lines: () => chunks.join('').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { frame: unknown }),
    release() {
      open = true;
      for (const cb of held.splice(0)) cb();
    },
  };
}

describe('recordFrames', () => {
  it('writes one {t, frame} NDJSON line per frame and passes frames through unchanged', async () => {
    const path = join(dir, 'session.ndjson');
    const frames = ['{"timestamp":1,"messages":[{"type":"WebcastChatMessage","data":{"comment":"hi"}}]}', { type: 'roomInfo', data: { a: 1 } }];
    const done = finished();
    const out = await lastValueFrom(
      from(frames).pipe(recordFrames({ to: path, now: fakeClock(1000, 250), onFinish: done.onFinish }), toArray()),
    );
    expect(out).toEqual(frames);
    expect(out[1]).toBe(frames[1]);
    expect(await done.promise).toBeUndefined();
    expect(await readLines(path)).toEqual([
      { t: 1000, frame: { timestamp: 1, messages: [{ type: 'WebcastChatMessage', data: { comment: 'hi' } }] } },
      { t: 1250, frame: { type: 'roomInfo', data: { a: 1 } } },
    ]);
  });

  it('appends to an existing file', async () => {
    const path = join(dir, 'session.ndjson');
    await writeFile(path, '{"t":1,"frame":{"old":true}}\n');
    const done = finished();
    await lastValueFrom(from([{ new: true }]).pipe(recordFrames({ to: path, now: () => 2, onFinish: done.onFinish })));
    await done.promise;
    expect(await readLines(path)).toEqual([
      { t: 1, frame: { old: true } },
      { t: 2, frame: { new: true } },
    ]);
  });

  it('keeps a non-JSON string frame as a string and keeps every line single-line', async () => {
    const path = join(dir, 'session.ndjson');
    const done = finished();
    await lastValueFrom(
      from(['not json\nwith newline', '{\n  "pretty": true\n}']).pipe(recordFrames({ to: path, now: () => 5, onFinish: done.onFinish })),
    );
    await done.promise;
    const text = await readFile(path, 'utf8');
    expect(text.split('\n').filter((l) => l !== '')).toHaveLength(2);
    expect(await readLines(path)).toEqual([
      { t: 5, frame: 'not json\nwith newline' },
      { t: 5, frame: { pretty: true } },
    ]);
  });

  it('buffers under backpressure up to maxBufferedFrames, then drops and reports the count', async () => {
    const slow = slowWritable();
    const errors: RecordFramesError[] = [];
    const source = new Subject<object>();
    const seen: object[] = [];
    const sub = source
      .pipe(recordFrames({ to: slow.stream, maxBufferedFrames: 2, now: () => 0, onError: (e) => errors.push(e) }))
      .subscribe((f) => seen.push(f));
    for (let i = 0; i < 6; i++) source.next({ i });
    // Frame 0 went to the stream (which now asks to wait); 1 and 2 are buffered; 3..5 dropped.
    expect(seen).toHaveLength(6);
    expect(errors).toEqual([]);
    slow.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(slow.lines().map((l) => l.frame)).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(RecordFramesError);
    expect(errors[0]).toMatchObject({ kind: 'overflow', dropped: 3 });
    source.next({ i: 6 });
    expect(slow.lines().map((l) => l.frame)).toContainEqual({ i: 6 });
    sub.unsubscribe();
  });

  it('flushes buffered frames on unsubscribe and does not end a given stream', async () => {
    const slow = slowWritable();
    const source = new Subject<object>();
    const done = finished();
    const sub = source.pipe(recordFrames({ to: slow.stream, now: () => 0, onFinish: done.onFinish })).subscribe();
    source.next({ i: 0 });
    source.next({ i: 1 });
    source.next({ i: 2 });
    sub.unsubscribe();
    slow.release();
    expect(await done.promise).toBeUndefined();
    expect(slow.lines().map((l) => l.frame)).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
    expect(slow.stream.writableEnded).toBe(false);
  });

  it('ends a given stream when end: true', async () => {
    const slow = slowWritable(1024);
    slow.release();
    const done = finished();
    await lastValueFrom(from([{ a: 1 }]).pipe(recordFrames({ to: slow.stream, end: true, onFinish: done.onFinish })));
    await done.promise;
    expect(slow.stream.writableFinished).toBe(true);
  });

  it('errors the stream with a typed write error when the file cannot be opened and there is no onError', async () => {
    const path = join(dir, 'missing-dir', 'x.ndjson');
    const source = new Subject<object>();
    const error = await new Promise<unknown>((resolve) => {
      source.pipe(recordFrames({ to: path })).subscribe({ error: resolve });
      source.next({ a: 1 });
    });
    expect(error).toBeInstanceOf(RecordFramesError);
    expect(error).toMatchObject({ kind: 'write' });
  });

  it('keeps frames flowing after a write error when onError is given', async () => {
    const path = join(dir, 'missing-dir', 'x.ndjson');
    const source = new Subject<object>();
    const errors: RecordFramesError[] = [];
    const seen: object[] = [];
    source.pipe(recordFrames({ to: path, onError: (e) => errors.push(e) })).subscribe((f) => seen.push(f));
    source.next({ a: 1 });
    for (let i = 0; i < 200 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    source.next({ a: 2 });
    expect(seen).toEqual([{ a: 1 }, { a: 2 }]);
    expect(errors.map((e) => e.kind)).toEqual(['write']);
    source.complete();
  });

  it('skips a frame that cannot be serialised and records the rest', async () => {
    const path = join(dir, 'session.ndjson');
    const errors: RecordFramesError[] = [];
    const done = finished();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    await lastValueFrom(
      from([{ a: 1 }, cyclic, { big: 1n } as object, { a: 2 }]).pipe(
        recordFrames({ to: path, now: () => 0, onError: (e) => errors.push(e), onFinish: done.onFinish }),
        toArray(),
      ),
    );
    await done.promise;
    expect(errors.map((e) => e.kind)).toEqual(['serialize', 'serialize']);
    expect(await readLines(path)).toEqual([
      { t: 0, frame: { a: 1 } },
      { t: 0, frame: { a: 2 } },
    ]);
  });

  it('throws TypeError for a bad config', () => {
    expect(() => recordFrames({ to: '' })).toThrow(TypeError);
    expect(() => recordFrames({ to: 42 as never })).toThrow(/file path or a writable stream/);
    expect(() => recordFrames({ to: 'x', maxBufferedFrames: -1 })).toThrow(/maxBufferedFrames/);
    expect(() => recordFrames({ to: 'x', maxBufferedFrames: 1.5 })).toThrow(/^recordFrames: maxBufferedFrames must be an integer >= 0; got 1\.5\.$/);
    expect(() => recordFrames({ to: 42 as never })).toThrow(/^recordFrames: to must be a file path or a writable stream; got 42\.$/);
    expect(() => recordFrames(undefined as never)).toThrow(TypeError);
  });
});
