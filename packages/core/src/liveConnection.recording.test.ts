import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect } from 'vitest';
import type { LiveEvent, LiveState } from './index.js';
import { recordFrames, type RecordFramesError } from './node/index.js';
import { liveTest as it, record, v2Chat, v2Gift, v2User, waitFor } from './testing/liveTestHarness.js';

let dir: string | undefined;

afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const isConnected = (states: LiveState[]) => states.some((s) => s.status === 'connected');
/** What must survive the round trip: the item type and its msgId (when it has one). */
const fingerprint = (event: LiveEvent): string => {
  const type = event.type === 'unknown' ? event.wireType : event.type;
  const msgId = (event.data as { common?: { msgId?: unknown } } | null)?.common?.msgId;
  return msgId === undefined ? type : `${type}#${String(msgId)}`;
};

describe('frames$ → recordFrames → simulator replay', () => {
  it('replays a recorded session into another connection with the same events in the same order', async ({ sim, newClient }) => {
    dir = await mkdtemp(join(tmpdir(), 'tiktok-live-rx-recording-'));
    const path = join(dir, 'session.ndjson');
    const client = newClient();
    const live = client.live('silent_creator');

    let finish: (error: RecordFramesError | undefined) => void = () => {};
    const finished = new Promise<RecordFramesError | undefined>((resolve) => {
      finish = resolve;
    });
    const frames = record(live.frames$);
    const recording = live.frames$.pipe(recordFrames({ to: path, onFinish: finish })).subscribe();
    const events = record(live.events$);
    const state = record(live.state$);
    await waitFor(() => isConnected(state.values), 'connected');

    sim.inject('silent_creator', [v2Chat('hello', '9001'), v2Chat('hello (duplicate)', '9001'), v2Chat('world')]);
    sim.inject('silent_creator', [
      v2Gift({ user: 2, giftId: 5655, name: 'Rose', diamonds: 1, giftType: 1, count: 1, groupId: '3' }),
      v2Gift({ user: 2, giftId: 5655, name: 'Rose', diamonds: 1, giftType: 1, count: 2, end: 1, groupId: '3' }),
      { type: 'WebcastLikeMessage', data: { likeCount: 3, totalLikeCount: 50, user: v2User(3, 'c') } },
      { type: 'WebcastBrandNewMessage', data: { hello: 'unknown type' } },
    ]);
    await waitFor(() => events.values.some((e) => e.type === 'unknown'), 'all injected events');
    recording.unsubscribe();
    expect(await finished).toBeUndefined();

    // frames$ is raw: every text frame as received, the duplicate included.
    expect(frames.values.every((f) => typeof f === 'string')).toBe(true);
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(frames.values.length);
    expect(lines.map((l) => JSON.parse(l) as { frame: unknown }).map((l) => JSON.stringify(l.frame))).toEqual(
      frames.values.map((f) => JSON.stringify(JSON.parse(f))),
    );
    expect(frames.values.join('\n')).toContain('hello (duplicate)');
    const original = events.values.map(fingerprint);
    expect(original.filter((f) => f === 'WebcastChatMessage#9001')).toHaveLength(1);

    // Replay into a connection for another creator (separate socket, separate de-duplication window).
    const second = client.live('second_creator');
    const replayed = record(second.events$);
    const secondState = record(second.state$);
    await waitFor(() => isConnected(secondState.values), 'second connected');
    await waitFor(() => replayed.values.some((e) => e.type === 'tiktok.connect'), 'second session started');
    const own = replayed.values.length;

    const result = await sim.replay('second_creator', path, { speed: 20 }).done;
    expect(result).toMatchObject({ frames: lines.length, skipped: 0 });
    await waitFor(() => replayed.values.length >= own + original.length, 'replayed events');
    expect(replayed.values.slice(own).map(fingerprint)).toEqual(original);
  });
});
