/**
 * The in-place v2 → v3 normaliser of this work tree against the one of other
 * git revisions, in one process: CPU time (`process.cpuUsage`) of JSON.parse +
 * normalise per message, batches interleaved in rotating order, medians of
 * per-round ratios to `JSON.parse` alone. Two inputs: the client bench's
 * bundles (`frames.ts`, ~600 B per message) and the full-size fixtures (every
 * v2 default present, 5–14 kB per message). A tie-breaker for walker changes,
 * far less noisy than comparing two runs of `run.ts` on a shared machine.
 *
 * Run (from packages/core): node --conditions=@tiktok-live-rx/source --import tsx bench/compareNormalizers.ts [git-rev …]
 *   e.g. `… bench/compareNormalizers.ts main`   (env: BENCH_ROUNDS)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBundles } from './frames.js';

type Obj = Record<string, unknown>;
type Normalize = (type: string, data: Obj) => Obj;
type Doc = { messages: { type: string; data: Obj }[] };

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 80);
const WARM = 8;

/** The normaliser of a git revision: its `src/protocol` extracted to a temporary folder. */
async function normalizerAt(rev: string): Promise<Normalize> {
  const dir = mkdtempSync(join(tmpdir(), 'normalizer-'));
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const archive = execFileSync('git', ['-C', root, 'archive', rev, 'packages/core/src/protocol']);
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const mod = (await import(pathToFileURL(join(dir, 'packages/core/src/protocol/normalizeMessage.ts')).href)) as { normalizeMessageInPlace: Normalize };
  return mod.normalizeMessageInPlace;
}

const current = (await import('../src/protocol/normalizeMessage.js')).normalizeMessageInPlace;
const variants: [string, Normalize | undefined][] = [
  ['JSON.parse only', undefined],
  ['this work tree', current],
];
for (const rev of process.argv.slice(2)) variants.push([rev, await normalizerAt(rev)]);

const fixtures = JSON.parse(readFileSync(new URL('../src/protocol/fixtures/v2Messages.json', import.meta.url), 'utf8')) as Record<string, Obj>;
const FIXTURE_TYPES = ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage'];
const inputs: [string, string[], number][] = [
  ['bench bundles', createBundles(400), 100],
  ['full-size fixtures', [JSON.stringify({ messages: FIXTURE_TYPES.map((type) => ({ type, data: fixtures[type] })) })], 60],
];

let sink = 0;
for (const [label, texts, docsPerBatch] of inputs) {
  const perDoc = (JSON.parse(texts[0]!) as Doc).messages.length;
  let next = 0;
  const times = variants.map((): number[] => []);
  for (let round = 0; round < ROUNDS + WARM; round++) {
    for (let j = 0; j < variants.length; j++) {
      const v = (j + round) % variants.length;
      const normalize = variants[v]![1];
      const start = process.cpuUsage();
      for (let d = 0; d < docsPerBatch; d++) {
        const doc = JSON.parse(texts[next++ % texts.length]!) as Doc;
        for (const item of doc.messages) sink += (normalize === undefined ? item.data : normalize(item.type, item.data))['common'] === undefined ? 0 : 1;
      }
      const used = process.cpuUsage(start);
      if (round >= WARM) times[v]!.push(((used.user + used.system) * 1000) / (docsPerBatch * perDoc));
    }
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  console.log(`${label}: CPU ns per message (JSON.parse + in-place normalise), ${ROUNDS} interleaved rounds`);
  console.table(
    variants.map(([name], v) => ({
      normaliser: name,
      'ns/message (median)': Math.round(median(times[v]!)),
      '× JSON.parse (median of per-round ratios)': median(times[v]!.map((t, r) => t / times[0]![r]!)).toFixed(3),
    })),
  );
}
if (sink === 0.5) console.log(sink);
