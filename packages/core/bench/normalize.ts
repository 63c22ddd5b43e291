/**
 * Micro-benchmark: `normalizeMessage` on realistic v2 (and v3) payloads,
 * against `structuredClone` of the same payload as a baseline (a lower bound
 * for "clone everything and rename"). Prints ns/op and the ratio.
 *
 * Run: pnpm --filter @tiktok-live-rx/core exec node --conditions=@tiktok-live-rx/source --import tsx bench/normalize.ts
 */
import { readFileSync } from 'node:fs';
import { normalizeMessage } from '../src/protocol/normalizeMessage.js';

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

const rows: Array<{
  type: string;
  input: string;
  normalizeNs: number;
  cloneNs: number;
  ratio: string;
  jsonParseNs: number;
}> = [];
const ITER = Number(process.env['BENCH_ITER'] ?? 20_000);
for (const [label, set] of [
  ['v2', v2],
  ['v3', v3],
] as const) {
  for (const type of ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastRoomUserSeqMessage']) {
    const data = set[type]!;
    const normalizeNs = measure(() => normalizeMessage(type, data), ITER);
    const cloneNs = measure(() => structuredClone(data), ITER);
    // Context only: what parsing the frame's JSON for this payload costs anyway.
    const text = JSON.stringify(data);
    const jsonParseNs = measure(() => JSON.parse(text) as unknown, ITER);
    rows.push({
      type,
      input: label,
      normalizeNs: Math.round(normalizeNs),
      cloneNs: Math.round(cloneNs),
      ratio: (normalizeNs / cloneNs).toFixed(3),
      jsonParseNs: Math.round(jsonParseNs),
    });
  }
}
console.log('normalizeMessage vs structuredClone (ns/op, best of 5; ratio < 1 = faster than cloning)');
console.table(rows);
if (sink < 0) console.log(sink);
