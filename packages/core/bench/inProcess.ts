/**
 * In-process breakdown of the client hot path, without sockets (so without the
 * `ws` framing noise of `bench/run.ts`): the same 20-message v2 bundles, fed as
 * strings, interleaved in small batches within one process, wall time per event
 * (median over batches):
 * - `parse + switch`: `JSON.parse` and a switch on the type, the reads on v2 names;
 * - `+ normaliser`: the same plus the router's in-place v2 → v3 normaliser;
 * - `core`, `core, dedupe off`: a real client with 8 typed streams subscribed, its
 *   socket a scripted double (`src/testing/fakeWebSocket.ts`) that hands it the frames.
 * The ratios say what each layer costs on top of parsing, and so where the time goes.
 *
 * Run: pnpm --filter @tiktok-live-rx/core exec node --conditions=@tiktok-live-rx/source --import tsx bench/inProcess.ts   (env: BENCH_BATCHES)
 */
import type { Observable } from 'rxjs';
import { createLiveClient, type LiveClientOptions, type LiveConnection } from '../src/index.js';
import { normalizeMessageInPlace } from '../src/protocol/normalizeMessage.js';
import { fakeWebSocket, type FakeSocketControl } from '../src/testing/fakeWebSocket.js';
import { MESSAGES_PER_BUNDLE, createBundles } from './frames.js';

type Obj = Record<string, unknown>;
type Read = { content?: string; comment?: string; user?: { nickname?: string } };

const BATCHES = Number(process.env['BENCH_BATCHES'] ?? 300);
const FRAMES_PER_BATCH = 100;
const texts = createBundles(1500);
let next = 0;
let sink = 0;
const read = (m: unknown): void => {
  const r = m as Read;
  sink += (r.content ?? r.comment ?? '').length + (r.user?.nickname?.length ?? 0);
};

const TYPED = new Set(['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage']);

function raw(normalise: boolean): () => void {
  return () => {
    for (let f = 0; f < FRAMES_PER_BATCH; f++) {
      const doc = JSON.parse(texts[next++ % texts.length]!) as { messages: { type: string; data: Obj }[] };
      for (const item of doc.messages) {
        if (TYPED.has(item.type)) read(normalise ? normalizeMessageInPlace(item.type, item.data) : item.data);
      }
    }
  };
}

async function core(dedupe: boolean): Promise<() => void> {
  let socket: FakeSocketControl | undefined;
  const WebSocket = fakeWebSocket((s) => {
    socket = s;
    setTimeout(() => s.open(), 0);
  });
  const client = createLiveClient({ url: 'ws://bench.invalid', apiKey: 'bench', WebSocket, keepAliveMs: 0, stallTimeoutMs: false, reconnect: false, dedupe } as LiveClientOptions);
  const live: LiveConnection = client.live('bench_creator');
  const streams: Observable<unknown>[] = [live.chat$, live.gift$, live.like$, live.member$, live.follow$, live.share$, live.viewerCount$, live.streamEnd$];
  for (const stream$ of streams) stream$.subscribe(read);
  while (socket === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const open = socket;
  return () => {
    for (let f = 0; f < FRAMES_PER_BATCH; f++) open.message(texts[next++ % texts.length]);
  };
}

const variants: [string, () => void][] = [
  ['parse + switch', raw(false)],
  ['+ normaliser', raw(true)],
  ['core, 8 typed streams', await core(true)],
  ['core, 8 typed streams, dedupe off', await core(false)],
];
const times = variants.map((): number[] => []);
const WARM = 20;
for (let round = 0; round < BATCHES + WARM; round++) {
  for (let j = 0; j < variants.length; j++) {
    const v = (j + round) % variants.length;
    const start = process.hrtime.bigint();
    variants[v]![1]();
    if (round >= WARM) times[v]!.push(Number(process.hrtime.bigint() - start) / (FRAMES_PER_BATCH * MESSAGES_PER_BUNDLE));
  }
}
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};
const base = median(times[0]!);
console.table(variants.map(([name], v) => ({ variant: name, 'ns/event (median)': Math.round(median(times[v]!)), '× parse + switch': (median(times[v]!) / base).toFixed(3) })));
if (sink === 0.5) console.log(sink);
process.exit(0);
