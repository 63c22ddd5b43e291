/**
 * Micro-benchmark: the v2 → v3 normaliser on the fixture payloads (full-size
 * Euler messages, every default present) and on the client bench's bundles.
 * - `copy`: the public `normalizeMessage` (copy-on-write, input untouched);
 * - `in place`: the frame router's `normalizeMessageInPlace`;
 * both timed as (JSON.parse + normalise) − JSON.parse on fresh input, as in a client;
 * - `structuredClone` of the payload, a lower bound for "clone everything";
 * - `JSON.parse` of the payload, for context (the client pays it anyway).
 * ns per message, best of 5 timed batches after a warm-up.
 *
 * Run: pnpm --filter @tiktok-live-rx/core exec node --conditions=@tiktok-live-rx/source --import tsx bench/normalize.ts
 */
import { readFileSync } from 'node:fs';
import { normalizeMessage, normalizeMessageInPlace } from '../src/protocol/normalizeMessage.js';
import { createBundles } from './frames.js';

type Obj = Record<string, unknown>;
const load = (name: string): Record<string, Obj> =>
  JSON.parse(readFileSync(new URL(`../src/protocol/fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, Obj>;
const v2 = load('v2Messages.json');
const v3 = load('v3Messages.json');

let sink = 0;
/** ns per call, best of `rounds` timed batches after a warm-up. */
function measure(fn: () => unknown, iterations: number, rounds = 5): number {
  for (let i = 0; i < iterations; i++) if (fn() !== undefined) sink++;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) if (fn() !== undefined) sink++;
    const ns = Number(process.hrtime.bigint() - start) / iterations;
    if (ns < best) best = ns;
  }
  return best;
}

const ITER = Number(process.env['BENCH_ITER'] ?? 20_000);
const rows: Record<string, string | number>[] = [];
const row = (label: string, input: string, texts: readonly string[], items: (doc: unknown) => readonly { type: string; data: Obj }[]): void => {
  const docs = texts.map((text) => JSON.parse(text) as unknown);
  const perDoc = items(docs[0]).length;
  let d = 0;
  const next = (): number => (d = d + 1 === texts.length ? 0 : d + 1);
  const parseNs = measure(() => JSON.parse(texts[next()]!) as unknown, ITER) / perDoc;
  const inPlaceNs =
    measure(() => {
      for (const item of items(JSON.parse(texts[next()]!))) normalizeMessageInPlace(item.type, item.data);
      return sink;
    }, ITER) /
      perDoc -
    parseNs;
  const copyNs =
    measure(() => {
      for (const item of items(JSON.parse(texts[next()]!))) normalizeMessage(item.type, item.data);
      return sink;
    }, ITER) /
      perDoc -
    parseNs;
  const cloneNs = measure(() => structuredClone(docs[next()]), ITER) / perDoc;
  rows.push({
    payload: label,
    input,
    'copy ns': Math.round(copyNs),
    'in place ns': Math.round(inPlaceNs),
    'structuredClone ns': Math.round(cloneNs),
    'JSON.parse ns': Math.round(parseNs),
  });
};

for (const [input, set] of [
  ['v2', v2],
  ['v3', v3],
] as const) {
  for (const type of ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastRoomUserSeqMessage']) {
    row(type, input, [JSON.stringify(set[type]!)], (data) => [{ type, data: data as Obj }]);
  }
}
row('client bench bundle (per message)', 'v2', createBundles(200), (doc) => (doc as { messages: { type: string; data: Obj }[] }).messages);

console.log('v2 → v3 normalisation, ns per message (best of 5)');
console.table(rows);
if (sink === 0.5) console.log(sink);
