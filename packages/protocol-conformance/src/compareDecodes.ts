/**
 * Path-by-path comparison of `normalizeMessage(v2 JSON)` with the v3 decode of
 * the same bytes. Only fields both schemas can carry are compared (same field
 * number, compatible types: {@link compatibleFields}); fields only one side
 * has are ignored, so v2-only fields passing through do not count.
 *
 * Canonicalisation (the smallest the two JSON conventions need):
 * - bytes are compared as base64 (the v2 JSON path writes them so, the v3
 *   decoder returns a Buffer);
 * - a v2 field with explicit presence (proto3 `optional`) that is unset is
 *   absent from the v2 JSON, where v3 (no presence) has its default: absent
 *   matches the default there.
 * Both generators already agree on the rest: int64 as decimal strings, enums
 * as numbers, every other default present.
 */
import type { LoadedSchema } from './schemas.js';
import { compatibleFields, type FieldInfo } from './schemaReflection.js';

/** One difference: where (instance path and schema path), and the two values. */
export interface Mismatch {
  /** e.g. `user.badgeList[0].combine.displayType` */
  readonly path: string;
  /** e.g. `CombineBadgeStruct.displayType`: the v3 message and field, to aggregate by. */
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * Places where the two schemas disagree about the same bytes and the table
 * follows the field names instead of the field numbers (documented in
 * `messageSpecs.ts`); not compared here.
 */
export const NAME_PAIRED_FIELDS: ReadonlyMap<string, string> = new Map([
  // v2 reuses TextBadge {1 badgeDisplayType, 2 key, 3 defaultPattern, 4 pieces};
  // v3 defines BadgeText {1 key, 2 defaultPattern, 3 pieces}. Paired as v3 TextBadge.
  ['CombineBadgeStruct.text', 'TextBadge'],
]);

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

const isDefault = (v: unknown): boolean => v === 0 || v === '0' || v === '' || v === false;

/** Bytes as base64; everything else as it is. */
export function canonical(v: unknown): unknown {
  return v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v;
}

/** What the v2 JSON path sends: the SDK's decoded object as JSON (bytes as base64). */
export function toV2Json(decoded: Obj): Obj {
  return JSON.parse(JSON.stringify(decoded, (_key, value: unknown) => canonical(value))) as Obj;
}

/** Compares a normalised message with the v3 decode; returns the mismatches (empty when equal). */
export function compareMessage(
  v2: LoadedSchema,
  v3: LoadedSchema,
  v2Message: string,
  v3Message: string,
  expected: Obj,
  actual: Obj,
  seen?: Map<string, number>,
): Mismatch[] {
  const out: Mismatch[] = [];
  walk(v2, v3, v2Message, v3Message, expected, actual, '', out, seen);
  return out;
}

/** Whether a v3 value carries data (not absent, not a default, not empty). */
function carries(v: unknown): boolean {
  if (v === undefined || isDefault(v)) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObj(v)) return Object.keys(v).length > 0;
  return true;
}

function walk(
  v2: LoadedSchema,
  v3: LoadedSchema,
  v2Message: string,
  v3Message: string,
  expected: Obj,
  actual: Obj,
  path: string,
  out: Mismatch[],
  seen: Map<string, number> | undefined,
): void {
  const m2 = v2.message(v2Message);
  for (const f3 of v3.message(v3Message).fields) {
    const f2 = m2.byNo.get(f3.no);
    if (f2 === undefined || !compatibleFields(f2, f3)) continue;
    const field = `${v3Message}.${f3.name}`;
    if (NAME_PAIRED_FIELDS.has(field)) continue;
    const at = path === '' ? f3.name : `${path}.${f3.name}`;
    if (seen !== undefined && carries(expected[f3.name])) seen.set(field, (seen.get(field) ?? 0) + 1);
    value(v2, v3, v2Message, f2, f3, expected[f3.name], Object.hasOwn(actual, f3.name) ? actual[f3.name] : undefined, at, field, out, seen);
  }
}

function value(
  v2: LoadedSchema,
  v3: LoadedSchema,
  owner: string | undefined,
  f2: FieldInfo,
  f3: FieldInfo,
  e: unknown,
  a: unknown,
  path: string,
  field: string,
  out: Mismatch[],
  seen: Map<string, number> | undefined,
): void {
  const miss = (): void => void out.push({ path, field, expected: e, actual: a });
  if (f3.kind === 'scalar') {
    if (!f3.repeated) {
      if (canonical(e) === canonical(a)) return;
      // A v2 `optional` field left unset is absent from the JSON; v3 (no presence) reads its default.
      if (a === undefined && isDefault(e) && owner !== undefined && v2.hasPresence(owner, f2.name)) return;
      return miss();
    }
    if (!Array.isArray(e) || !Array.isArray(a) || e.length !== a.length) return miss();
    if (e.some((x, i) => canonical(x) !== canonical(a[i]))) miss();
    return;
  }
  // Entries: a v3 map is an object; a v3 repeated message is an array (also of map entries).
  const pairs = (): [unknown, unknown][] | undefined => {
    if (f3.kind === 'map') {
      if (!isObj(e) || !isObj(a)) return undefined;
      const keys = Object.keys(e);
      if (keys.length !== Object.keys(a).length || keys.some((k) => !Object.hasOwn(a, k))) return undefined;
      return keys.map((k) => [e[k], a[k]]);
    }
    if (!f3.repeated) return [[e, a]];
    if (!Array.isArray(e) || !Array.isArray(a) || e.length !== a.length) return undefined;
    return e.map((x, i) => [x, a[i]]);
  };
  const list = pairs();
  if (list === undefined) return miss();
  for (const [x, y] of list) {
    if (x === undefined) {
      if (y !== undefined) miss();
      continue;
    }
    if (f3.kind === 'map') {
      // Compare map values as the entries' field 2.
      const e2 = v2.message(f2.message!).byNo.get(2)!;
      const e3 = v3.message(f3.message!).byNo.get(2)!;
      if (!compatibleFields(e2, e3)) continue;
      value(v2, v3, undefined, e2, e3, x, y, path, field, out, seen);
      continue;
    }
    if (!isObj(x) || !isObj(y)) {
      miss();
      continue;
    }
    walk(v2, v3, f2.message!, f3.message!, x, y, path, out, seen);
  }
}
