/**
 * Encodes the derived v2 → v3 table compactly for core's bundle (read once per
 * struct, at first use, by core's `messageSpecs.ts`):
 * - only the structs reachable from a covered wire type or from a struct core
 *   names ({@link NAMED_STRUCTS}) are kept (map-entry structs, for instance,
 *   are reached through `values` / `entries` only);
 * - structs with the same rules all the way down are merged (the gift box's
 *   copy of AssetsModel, the many `{icon: Image}` structs), to a fixed point;
 * - a struct is one string of comma-separated entries, and a struct reference
 *   is its index in the list (the grammar is in `messageTableTypes.ts`).
 */
import type { NamedStruct, TableConverter, TableStruct } from '../../core/src/protocol/messageTableTypes.js';
import type { DerivedTable } from './deriveMessageTable.js';

/** The structs core's structural specs name (`messageSpecs.ts`): kept and indexed by name. */
export const NAMED_STRUCTS: readonly NamedStruct[] = ['CommonMessageData', 'EmoteImage', 'Image', 'ImageModel', 'Text', 'User'];

/** The encoded table, and the derived struct id of each kept struct (for comments and tests). */
export interface EncodedTable {
  /** Wire type → struct index. */
  readonly types: Record<string, number>;
  /** Named struct → struct index. */
  readonly named: Record<NamedStruct, number>;
  /** One encoded struct per index. */
  readonly structs: string[];
  /** The derived id of each index's struct (the first of the merged ones, in id order). */
  readonly ids: string[];
  /** The index of every kept derived struct (merged ones share one). */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Every struct a converter refers to. */
function refsOf(c: TableConverter, out: string[]): string[] {
  if (typeof c === 'string') return out;
  if ('struct' in c) out.push(c.struct);
  else if ('list' in c) refsOf(c.list, out);
  else if ('values' in c) refsOf(c.values, out);
  else {
    if (c.entries.keyAs !== undefined) refsOf(c.entries.keyAs, out);
    if (c.entries.of !== undefined) refsOf(c.entries.of, out);
  }
  return out;
}

/** One converter in the compact grammar, struct references through `ref`. */
function encodeConverter(c: TableConverter, ref: (id: string) => string): string {
  if (c === 'str') return 's';
  if (c === 'num') return 'n';
  if (c === 'strList') return 'l';
  if ('struct' in c) return ref(c.struct);
  if ('list' in c) return `*${encodeConverter(c.list, ref)}`;
  if ('values' in c) return `%${encodeConverter(c.values, ref)}`;
  const { key, value, keyAs, of } = c.entries;
  const opt = (x: TableConverter | undefined): string => (x === undefined ? '' : encodeConverter(x, ref));
  const encoded = `@${key}/${value}/${opt(keyAs)}/${opt(of)}`;
  if (encoded.split('/').length !== 4) throw new Error(`unsupported: nested map converter ${encoded}`);
  return encoded;
}

/** One struct: its renames (with the converter of their target, if any), then its other converters. */
function encodeStruct(s: TableStruct, ref: (id: string) => string): string {
  const entries: string[] = [];
  const done = new Set<string>();
  const conv = (name: string): string => (Object.hasOwn(s.fields, name) ? `:${encodeConverter(s.fields[name]!, ref)}` : '');
  for (const [from, to] of Object.entries(s.rename)) {
    entries.push(`${from}${s.collide?.includes(from) === true ? '^' : '>'}${to}${conv(to)}`);
    done.add(to);
  }
  for (const name of Object.keys(s.fields)) if (!done.has(name)) entries.push(`${name}${conv(name)}`);
  return entries.join(',');
}

/** Prunes, merges and encodes the table (pure). */
export function encodeMessageTable(table: DerivedTable): EncodedTable {
  const reachable = new Set<string>();
  const visit = (id: string): void => {
    if (reachable.has(id)) return;
    const s = table.structs[id];
    if (s === undefined) throw new Error(`messageTable: no struct ${id}`);
    reachable.add(id);
    for (const c of Object.values(s.fields)) for (const r of refsOf(c, [])) visit(r);
  };
  for (const id of [...Object.values(table.types), ...NAMED_STRUCTS]) visit(id);
  const ids = Object.keys(table.structs).filter((id) => reachable.has(id));

  // Partition refinement: structs start in one class and are split by their
  // encoding (references written as their class) until nothing splits.
  let classOf = new Map(ids.map((id) => [id, 0]));
  for (let count = 1; ; ) {
    const keys = new Map<string, number>();
    const next = new Map<string, number>();
    for (const id of ids) {
      const key = encodeStruct(table.structs[id]!, (r) => String(classOf.get(r)));
      if (!keys.has(key)) keys.set(key, keys.size);
      next.set(id, keys.get(key)!);
    }
    classOf = next;
    if (keys.size === count) break;
    count = keys.size;
  }
  // Index = order of each class's first struct (ids are sorted).
  const indexOfClass = new Map<number, number>();
  const kept: string[] = [];
  for (const id of ids) {
    const c = classOf.get(id)!;
    if (!indexOfClass.has(c)) {
      indexOfClass.set(c, kept.length);
      kept.push(id);
    }
  }
  const index = (id: string): number => indexOfClass.get(classOf.get(id)!)!;
  const structs = kept.map((id) => encodeStruct(table.structs[id]!, (r) => String(index(r))));
  const types = Object.fromEntries(Object.entries(table.types).map(([type, id]) => [type, index(id)]));
  const named = Object.fromEntries(NAMED_STRUCTS.map((name) => [name, index(name)])) as Record<NamedStruct, number>;
  return { types, named, structs, ids: kept, indexOf: new Map(ids.map((id) => [id, index(id)])) };
}
