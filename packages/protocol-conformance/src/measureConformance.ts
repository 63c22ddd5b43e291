/**
 * The differential run for one message type: random v2 messages, encoded once,
 * decoded by both schemas; `normalizeMessage` of the v2 JSON compared with the
 * v3 decode, path by path.
 */
import { normalizeMessage } from '@tiktok-live-rx/core/protocol';
import { compareMessage, toV2Json, type Mismatch } from './compareDecodes.js';
import { createRng, randomV2Message } from './randomMessage.js';
import { v2Name, type LoadedSchema } from './schemas.js';

/** The outcome for one type. */
export interface ConformanceResult {
  readonly type: string;
  readonly messages: number;
  /** Messages whose every compared path matched. */
  readonly matched: number;
  /** Mismatches per v3 field (`Message.field`), over all messages. */
  readonly byField: ReadonlyMap<string, number>;
  /** The first mismatch seen per field, as an example. */
  readonly examples: ReadonlyMap<string, Mismatch>;
}

/** Runs `count` seeded random messages of `type` through both decoders and the normaliser. */
export function measureConformance(v2: LoadedSchema, v3: LoadedSchema, type: string, count: number, seed: number): ConformanceResult {
  const rng = createRng(seed);
  const ctx = { v2, v3, rng };
  const v2Codec = v2.codec(v2Name(type));
  const v3Codec = v3.codec(type);
  let matched = 0;
  const byField = new Map<string, number>();
  const examples = new Map<string, Mismatch>();
  for (let i = 0; i < count; i++) {
    const bytes = v2Codec.encode(randomV2Message(ctx, v2Name(type), type)).finish();
    const sent = toV2Json(v2Codec.decode(bytes));
    const expected = v3Codec.decode(bytes);
    const actual = normalizeMessage(type, sent);
    const mismatches = compareMessage(v2, v3, v2Name(type), type, expected, actual);
    if (mismatches.length === 0) matched++;
    for (const m of new Map(mismatches.map((x) => [x.field, x])).values()) {
      byField.set(m.field, (byField.get(m.field) ?? 0) + 1);
      if (!examples.has(m.field)) examples.set(m.field, m);
    }
  }
  return { type, messages: count, matched, byField, examples };
}

/** One line per type: `WebcastChatMessage  97.3 %  (292/300)`. */
export function formatRates(results: readonly ConformanceResult[]): string {
  const width = Math.max(...results.map((r) => r.type.length));
  return results
    .map((r) => `${r.type.padEnd(width)}  ${((100 * r.matched) / r.messages).toFixed(1).padStart(5)} %  (${r.matched}/${r.messages})`)
    .join('\n');
}
