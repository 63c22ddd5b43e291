/**
 * Seeded random v2 messages, rich in nested structs, that the v3 decoder can
 * read too: the generator walks the v2 schema alongside the v3 message with
 * the same place (field numbers), and leaves a field at its default when the
 * same bytes would make the v3 decoder parse a string as a message.
 * Integers stay within what both sides' types hold (int32 when either side is
 * 32-bit), so a value never wraps on one side only.
 */
import { createRng, type Rng } from '@tiktok-live-rx/simulator';
import type { LoadedSchema } from './schemas.js';
import { is64, safeToGenerate, type FieldInfo, type MessageInfo, type ScalarType } from './schemaReflection.js';

/** How deep nested messages go (User → badges → combine → text is 4 below a message). */
const MAX_DEPTH = 7;

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-:/.é🦦中'];

/** The two schemas and the source of randomness of one generation run. */
export interface GenerateContext {
  readonly v2: LoadedSchema;
  readonly v3: LoadedSchema;
  readonly rng: Rng;
  /** The v2 messages being generated, outermost first (recursion is kept rare). */
  readonly stack: string[];
}

/** A generation run over the two schemas, seeded. */
export function createGenerateContext(v2: LoadedSchema, v3: LoadedSchema, seed: number): GenerateContext {
  return { v2, v3, rng: createRng(seed), stack: [] };
}

/**
 * A random v2 message object for the SDK's `encode`: every field present
 * (defaults from the codec), a random share of them set, recursively.
 *
 * @param v2Message - The v2 codec name, e.g. `WebcastChatMessageDecoder`.
 * @param v3Message - The v3 message at the same place, if any.
 */
export function randomV2Message(ctx: GenerateContext, v2Message: string, v3Message: string | undefined, depth = 0): Record<string, unknown> {
  const m2 = ctx.v2.message(v2Message);
  ctx.stack.push(v2Message);
  try {
    return fill(ctx, m2, v3Message, depth);
  } finally {
    ctx.stack.pop();
  }
}

function fill(ctx: GenerateContext, m2: MessageInfo, v3Message: string | undefined, depth: number): Record<string, unknown> {
  const m3 = v3Message === undefined ? undefined : ctx.v3.message(v3Message);
  const out = ctx.v2.codec(m2.name).decode(new Uint8Array(0));
  for (const f2 of m2.fields) {
    const f3 = m3?.byNo.get(f2.no);
    if (!safeToGenerate(f2, f3)) continue;
    const value = randomField(ctx, f2, f3, depth);
    if (value !== undefined) out[f2.name] = value;
  }
  return out;
}

/**
 * Chance that a field is set: scalars often, nested messages less so the
 * deeper they are, and a message inside itself (User.topFans) rarely.
 */
function presence(ctx: GenerateContext, f: FieldInfo, depth: number): number {
  if (f.kind === 'scalar') return 0.45;
  if (f.kind === 'message' && ctx.stack.includes(f.message!)) return 0.05;
  return Math.max(0.1, 0.75 - 0.15 * depth);
}

function randomField(ctx: GenerateContext, f2: FieldInfo, f3: FieldInfo | undefined, depth: number): unknown {
  const { rng } = ctx;
  if (!rng.chance(presence(ctx, f2, depth))) return undefined;
  if (f2.kind !== 'scalar' && depth >= MAX_DEPTH) return undefined;
  const v3Child = f3 !== undefined && f3.kind !== 'scalar' ? f3.message : undefined;
  if (f2.kind === 'map') {
    const entry = ctx.v2.message(f2.message!);
    const v3Entry = v3Child === undefined ? undefined : ctx.v3.message(v3Child);
    const map: Record<string, unknown> = {};
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const key = randomScalar(ctx, entry.byNo.get(1)!.scalar!, v3Entry?.byNo.get(1));
      const value = entryValue(ctx, entry, v3Entry, depth);
      map[String(key)] = value;
    }
    return map;
  }
  if (f2.kind === 'message') {
    const one = (): Record<string, unknown> => randomV2Message(ctx, f2.message!, v3Child, depth + 1);
    if (!f2.repeated) return one();
    return Array.from({ length: rng.int(1, 2) }, one);
  }
  const one = (): unknown => randomScalar(ctx, f2.scalar!, f3);
  if (!f2.repeated) return one();
  return Array.from({ length: rng.int(1, 3) }, one);
}

function entryValue(ctx: GenerateContext, entry: MessageInfo, v3Entry: MessageInfo | undefined, depth: number): unknown {
  const value = entry.byNo.get(2)!;
  const v3Value = v3Entry?.byNo.get(2);
  if (value.kind === 'scalar') return randomScalar(ctx, value.scalar!, v3Value);
  const v3Child = v3Value !== undefined && v3Value.kind !== 'scalar' ? v3Value.message : undefined;
  return randomV2Message(ctx, value.message!, v3Child, depth + 1);
}

/** A non-default value of a v2 scalar type, within the range of the v3 field at the same place. */
function randomScalar(ctx: GenerateContext, t: ScalarType, f3: FieldInfo | undefined): unknown {
  const { rng } = ctx;
  const narrow = !is64(t) || (f3?.kind === 'scalar' && !is64(f3.scalar!));
  switch (t) {
    case 'string': {
      let s = '';
      const n = rng.int(1, 10);
      for (let i = 0; i < n; i++) s += ALPHABET[rng.int(0, ALPHABET.length - 1)];
      return s;
    }
    case 'bytes':
      return Uint8Array.from({ length: rng.int(1, 6) }, () => rng.int(0, 255));
    case 'bool':
      return true;
    case 'double':
      return (rng.next() - 0.5) * 1e6;
    case 'float':
      return Math.fround((rng.next() - 0.5) * 1e4);
    default: {
      if (narrow) {
        const n = rng.chance(0.5) ? rng.int(1, 1000) : rng.int(1, 2 ** 31 - 1);
        return is64(t) ? String(n) : n;
      }
      // A 64-bit id-like value (up to 19 digits, below 2^63).
      const digits = rng.int(1, 18);
      let s = String(rng.int(1, 9));
      for (let i = 1; i < digits; i++) s += String(rng.int(0, 9));
      return s;
    }
  }
}
