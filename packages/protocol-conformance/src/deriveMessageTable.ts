/**
 * Derives core's v2 → v3 table from the two schemas: starting at each covered
 * message type, pairs every v2 struct with the v3 struct at the same place
 * (field numbers), and records per pair the renames (same number, compatible
 * type, different name) and the value conversions (int64 ↔ int32 JSON types,
 * string → one-element list, map → repeated entries, nested structs that need
 * any of these). Structs that need nothing are left out: their fields pass
 * through unchanged, and so does any field the table does not name.
 */
import type { TableConverter, TableStruct } from '../../core/src/protocol/messageTableTypes.js';
import { NAME_PAIRED_FIELDS } from './compareDecodes.js';
import { compatibleFields, is64, type FieldInfo } from './schemaReflection.js';
import { COVERED_TYPES, v2Name, type LoadedSchema } from './schemas.js';

/** The whole table: structs by id, and the struct of each covered wire type. */
export interface DerivedTable {
  readonly types: Record<string, string>;
  readonly structs: Record<string, TableStruct>;
}

interface Pair {
  readonly v2: string;
  readonly v3: string;
  /** Filled by the second pass. */
  id: string;
  readonly renames: [string, string][];
  readonly fields: { f2: FieldInfo; f3: FieldInfo; child: Pair | undefined }[];
}

/** Derives the table; pure function of the two schemas. */
export function deriveMessageTable(v2: LoadedSchema, v3: LoadedSchema): DerivedTable {
  const pairs = new Map<string, Pair>();
  const visit = (m2: string, m3: string): Pair => {
    const key = `${m2}|${m3}`;
    const known = pairs.get(key);
    if (known !== undefined) return known;
    const pair: Pair = { v2: m2, v3: m3, id: '', renames: [], fields: [] };
    pairs.set(key, pair);
    const s3 = v3.message(m3);
    for (const f2 of v2.message(m2).fields) {
      const f3 = s3.byNo.get(f2.no);
      if (f3 === undefined || !compatibleFields(f2, f3)) continue;
      if (f2.name !== f3.name) pair.renames.push([f2.name, f3.name]);
      let child: Pair | undefined;
      if (f2.kind !== 'scalar') {
        const named = NAME_PAIRED_FIELDS.get(`${m3}.${f3.name}`);
        child = visit(f2.message!, named ?? f3.message!);
      }
      pair.fields.push({ f2, f3, child });
    }
    return pair;
  };
  const roots = COVERED_TYPES.map((t) => [t, visit(v2Name(t), t)] as const);

  // Which pairs need any work, to a fixed point (structs reference each other).
  const needs = new Set<Pair>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pair of pairs.values()) {
      if (needs.has(pair)) continue;
      if (pair.renames.length > 0 || pair.fields.some((f) => converter(f.f2, f.f3, f.child, needs, v2, v3) !== undefined)) {
        needs.add(pair);
        changed = true;
      }
    }
  }

  // Ids: the v2 struct name (without `Decoder`), qualified by the v3 name when one
  // v2 struct pairs with several v3 structs.
  const byV2 = new Map<string, Pair[]>();
  for (const pair of needs) byV2.set(pair.v2, [...(byV2.get(pair.v2) ?? []), pair]);
  for (const [name, list] of byV2) {
    const base = name.replace(/Decoder$/, '');
    for (const pair of list) pair.id = list.length === 1 ? base : `${base}>${pair.v3}`;
  }

  const structs: Record<string, TableStruct> = {};
  // Code-unit order, not localeCompare: the committed file must not depend on the locale.
  for (const pair of [...needs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const fields: Record<string, TableConverter> = {};
    for (const f of pair.fields) {
      const c = converter(f.f2, f.f3, f.child, needs, v2, v3);
      if (c !== undefined) fields[f.f3.name] = c;
    }
    const v3Names = new Set(v3.message(pair.v3).fields.map((f) => f.name));
    const collide = pair.renames.map(([from]) => from).filter((from) => v3Names.has(from));
    structs[pair.id] = { rename: Object.fromEntries(pair.renames), fields, ...(collide.length > 0 ? { collide } : {}) };
  }
  const types: Record<string, string> = {};
  for (const [type, pair] of roots) if (needs.has(pair)) types[type] = pair.id;
  return { types, structs };
}

/** The JSON type change of one scalar. */
function scalarConverter(f2: FieldInfo, f3: FieldInfo): TableConverter | undefined {
  const a = is64(f2.scalar!);
  const b = is64(f3.scalar!);
  const base: TableConverter | undefined = a && !b ? 'num' : !a && b ? 'str' : undefined;
  if (!f2.repeated && f3.repeated) {
    if (base !== undefined) throw new Error(`unsupported: ${f2.name} scalar → list with a type change`);
    return 'strList';
  }
  if (base === undefined) return undefined;
  return f3.repeated ? { list: base } : base;
}

function converter(
  f2: FieldInfo,
  f3: FieldInfo,
  child: Pair | undefined,
  needs: ReadonlySet<Pair>,
  v2: LoadedSchema,
  v3: LoadedSchema,
): TableConverter | undefined {
  if (f2.kind === 'scalar') return scalarConverter(f2, f3);
  const struct = (p: Pair | undefined): TableConverter | undefined => (p !== undefined && needs.has(p) ? { struct: p.id || `${p.v2}|${p.v3}` } : undefined);
  if (f2.kind === 'message') {
    if (f3.kind === 'map') throw new Error(`unsupported: repeated ${f2.name} → map ${f3.name}`);
    const c = struct(child);
    return c === undefined ? undefined : f3.repeated ? { list: c } : c;
  }
  // f2 is a map: its entry pair is `child`; the value conversion comes from field 2.
  const e2 = v2.message(f2.message!);
  const e3 = v3.message(f3.message!);
  const key2 = e2.byNo.get(1)!;
  const key3 = e3.byNo.get(1)!;
  const val2 = e2.byNo.get(2)!;
  const val3 = e3.byNo.get(2)!;
  const valueChild = child?.fields.find((f) => f.f2.no === 2)?.child;
  const of = compatibleFields(val2, val3) ? converter(val2, val3, valueChild, needs, v2, v3) : undefined;
  if (f3.kind === 'map') return of === undefined ? undefined : { values: of };
  // v2 map → v3 repeated message: `{[k]: v}` → `[{key, value}]` under v3's field names.
  const keyAs = compatibleFields(key2, key3) ? converter(key2, key3, undefined, needs, v2, v3) : undefined;
  return { entries: { key: key3.name, value: val3.name, ...(keyAs === undefined ? {} : { keyAs }), ...(of === undefined ? {} : { of }) } };
}
