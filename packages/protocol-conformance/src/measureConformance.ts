/**
 * The differential run for one message type: random v2 messages, encoded once,
 * decoded by both schemas; `normalizeMessage` of the v2 JSON compared with the
 * v3 decode, path by path.
 */
import { normalizeMessage } from '@tiktok-live-rx/core/protocol';
import { compareMessage, toV2Json, type Mismatch } from './compareDecodes.js';
import { createGenerateContext, randomV2Message } from './randomMessage.js';
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
  /** Per compared v3 field, how often the v3 decode carried data there (the inputs' coverage). */
  readonly seen: ReadonlyMap<string, number>;
}

/** The normaliser under test (core's `normalizeMessage` unless told). */
export type Normalize = (type: string, data: Record<string, unknown>) => Record<string, unknown>;

/** Runs `count` seeded random messages of `type` through both decoders and the normaliser. */
export function measureConformance(
  v2: LoadedSchema,
  v3: LoadedSchema,
  type: string,
  count: number,
  seed: number,
  normalize: Normalize = normalizeMessage,
): ConformanceResult {
  const ctx = createGenerateContext(v2, v3, seed);
  const v2Codec = v2.codec(v2Name(type));
  const v3Codec = v3.codec(type);
  let matched = 0;
  const byField = new Map<string, number>();
  const examples = new Map<string, Mismatch>();
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const bytes = v2Codec.encode(randomV2Message(ctx, v2Name(type), type)).finish();
    const sent = toV2Json(v2Codec.decode(bytes));
    const expected = v3Codec.decode(bytes);
    const actual = normalize(type, sent);
    const mismatches = compareMessage(v2, v3, v2Name(type), type, expected, actual, seen);
    if (mismatches.length === 0) matched++;
    for (const m of new Map(mismatches.map((x) => [x.field, x])).values()) {
      byField.set(m.field, (byField.get(m.field) ?? 0) + 1);
      if (!examples.has(m.field)) examples.set(m.field, m);
    }
  }
  return { type, messages: count, matched, byField, examples, seen };
}

/** One line per type: `WebcastChatMessage  97.3 %  (292/300)`. */
export function formatRates(results: readonly ConformanceResult[]): string {
  const width = Math.max(...results.map((r) => r.type.length));
  return results
    .map((r) => `${r.type.padEnd(width)}  ${((100 * r.matched) / r.messages).toFixed(1).padStart(5)} %  (${r.matched}/${r.messages})`)
    .join('\n');
}
