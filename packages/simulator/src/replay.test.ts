import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from './createSimulator.js';
import { parseRecording } from './replay.js';
import { connectClient } from './testing/connectClient.js';
import type { Simulator } from './types.js';

let sim: Simulator;

beforeEach(async () => {
  sim = await createSimulator({ creators: [{ uniqueId: 'rec', live: true, scenario: 'silent' }] });
});

afterEach(async () => {
  await sim.close();
});

const line = (t: number, comment: string) => JSON.stringify({ t, frame: { timestamp: t, messages: [{ type: 'WebcastChatMessage', data: { comment } }] } });

describe('parseRecording', () => {
  it('accepts offsets and epoch ms, object and string frames, and counts bad lines', () => {
    const { frames, skipped } = parseRecording([
      '{"t": 1700000000500, "frame": "{\\"type\\":\\"x\\",\\"data\\":{}}"}',
      '{"t": 1700000000000, "frame": {"type":"WebcastChatMessage","data":{}}}',
      'not json',
      '{"t": "soon", "frame": {}}',
      '{"t": 5}',
      '',
    ]);
    expect(frames.map((f) => f.at)).toEqual([0, 500]);
    expect(frames[0]?.tiktok).toBe(true);
    expect(frames[1]?.tiktok).toBe(false);
    expect(skipped).toBe(3);
  });
});

describe('sim.replay', () => {
  it('plays lines in order, verbatim, at the given speed', async () => {
    const client = connectClient(sim, { uniqueId: 'rec' });
    await client.waitFor(() => client.items.length >= 3);
    const started = Date.now();
    const { done } = sim.replay('rec', [line(0, 'a'), line(1000, 'b'), line(2000, 'c')], { speed: 10 });
    expect(await done).toEqual({ frames: 3, skipped: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    await client.waitFor(() => client.ofType('WebcastChatMessage').length === 3);
    expect(client.ofType('WebcastChatMessage').map((c) => c.data['comment'])).toEqual(['a', 'b', 'c']);
    expect(client.raw[3]).toBe(JSON.stringify({ timestamp: 0, messages: [{ type: 'WebcastChatMessage', data: { comment: 'a' } }] }));
    client.ws.close();
  });

  it('reads an NDJSON file and can be stopped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-replay-'));
    try {
      const path = join(dir, 'rec.ndjson');
      await writeFile(path, [line(0, 'one'), line(60_000, 'two')].join('\n'));
      const client = connectClient(sim, { uniqueId: 'rec' });
      await client.waitFor(() => client.items.length >= 3);
      const handle = sim.replay('rec', path);
      await client.waitFor(() => client.ofType('WebcastChatMessage').length === 1);
      handle.stop();
      expect(await handle.done).toEqual({ frames: 1, skipped: 0 });
      client.ws.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('resolves with an error for a missing file', async () => {
    const result = await sim.replay('rec', '/definitely/not/here.ndjson').done;
    expect(result.error).toMatch(/cannot read/);
  });

  it('rejects a non-positive speed with a TypeError', () => {
    expect(() => sim.replay('rec', [], { speed: 0 })).toThrow(TypeError);
  });

  it('replayed TikTok frames keep the socket from 4006', async () => {
    const fast = await createSimulator({ timeScale: 0.01, creators: [{ uniqueId: 'rec', live: true, scenario: 'silent' }] });
    try {
      const client = connectClient(fast, { uniqueId: 'rec', 'features.closeInactiveWebSocketAfter': '30' });
      await client.waitFor(() => client.items.length >= 3);
      const lines = Array.from({ length: 20 }, (_, i) => line(i * 100, `m${i}`));
      expect((await fast.replay('rec', lines).done).frames).toBe(20);
      await client.waitFor(() => client.ofType('WebcastChatMessage').length === 20);
      expect((await client.closed).code).toBe(4006);
    } finally {
      await fast.close();
    }
  });
});
