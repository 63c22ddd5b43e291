/**
 * Runnable: record a session's raw frames to NDJSON, read the file back, and
 * replay it through the simulator into another connection.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/recordAndReplay.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveClient } from '@tiktok-live-rx/core';
import { readRecording, recordFrames } from '@tiktok-live-rx/core/node';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { count, filter, firstValueFrom, lastValueFrom } from 'rxjs';

const dir = await mkdtemp(join(tmpdir(), 'tiktok-live-rx-'));
const path = join(dir, 'session.ndjson');
const sim = await createSimulator({ seed: 42 });
const client = createLiveClient({ url: sim.wsUrl, apiKey: DEMO_API_KEY });

// 1. Record 3 s of a busy creator: every text frame as received, one {"t", "frame"} line each.
const recorded = new Promise<void>((resolve) => {
  const recording = client
    .live('tv_asahi_news')
    .frames$.pipe(recordFrames({ to: path, onFinish: () => resolve() }))
    .subscribe();
  setTimeout(() => recording.unsubscribe(), 3000);
});
await recorded;

// 2. Read it back as an observable (at recorded pace × speed, or 'instant').
const frames = await lastValueFrom(readRecording(path, { speed: 'instant' }).pipe(count()));
console.log(`[record] ${frames} frames in ${path}`);

// 3. Replay it into another connection through the simulator, 4× faster.
const replayed = client.live('silent_creator');
const chats = replayed.chat$.subscribe((m) => console.log(`[replay] ${m.user?.nickname}: ${m.content}`));
await firstValueFrom(replayed.state$.pipe(filter((s) => s.status === 'connected')));
const result = await sim.replay('silent_creator', path, { speed: 4 }).done;
console.log(`[replay] sent ${result.frames} frames (${result.skipped} skipped)`);

await new Promise((resolve) => setTimeout(resolve, 200));
chats.unsubscribe();
client.close();
await sim.close();
await rm(dir, { recursive: true, force: true });
