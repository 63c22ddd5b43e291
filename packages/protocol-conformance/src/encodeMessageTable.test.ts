// The compact table core ships: what core decodes is the derived table, struct
// by struct, and the pruning and merging lose nothing a covered type reaches.
import { describe, expect, it } from 'vitest';
import type { TableConverter, TableStruct } from '../../core/src/protocol/messageTableTypes.js';
import { decodeStruct } from './decodeMessageTable.js';
import { deriveMessageTable } from './deriveMessageTable.js';
import { NAMED_STRUCTS, encodeMessageTable } from './encodeMessageTable.js';
import { loadV2, loadV3 } from './schemas.js';

const table = deriveMessageTable(loadV2(), loadV3());
const encoded = encodeMessageTable(table);

/** A derived converter with its struct references replaced by their indices. */
function indexed(c: TableConverter, index: (id: string) => number): TableConverter<number> {
  if (typeof c === 'string') return c;
  if ('struct' in c) return { struct: index(c.struct) };
  if ('list' in c) return { list: indexed(c.list, index) };
  if ('values' in c) return { values: indexed(c.values, index) };
  const { keyAs, of, ...names } = c.entries;
  return { entries: { ...names, ...(keyAs ? { keyAs: indexed(keyAs, index) } : {}), ...(of ? { of: indexed(of, index) } : {}) } };
}

function indexedStruct(s: TableStruct, index: (id: string) => number): TableStruct<number> {
  return { ...s, fields: Object.fromEntries(Object.entries(s.fields).map(([k, c]) => [k, indexed(c, index)])) };
}

describe('encodeMessageTable', () => {
  const index = (id: string): number => {
    const i = encoded.indexOf.get(id);
    if (i === undefined) throw new Error(`${id} was pruned but is referenced`);
    return i;
  };

  it('decodes, for every kept derived struct, to that struct (merged structs are equal all the way down)', () => {
    expect(encoded.indexOf.size).toBeGreaterThan(encoded.structs.length);
    for (const [id, i] of encoded.indexOf) expect(decodeStruct(encoded.structs[i]!), id).toEqual(indexedStruct(table.structs[id]!, index));
  });

  it('keeps every covered type and named struct, and prunes only structs nothing reaches', () => {
    for (const [type, id] of Object.entries(table.types)) expect(encoded.types[type]).toBe(index(id));
    for (const name of NAMED_STRUCTS) expect(encoded.named[name]).toBe(index(name));
    const referenced = new Set(
      [...encoded.indexOf.keys()].flatMap((id) => JSON.stringify(table.structs[id]!.fields).match(/"struct":"[^"]+"/g) ?? []).map((m) => m.slice(10, -1)),
    );
    for (const id of Object.keys(table.structs)) {
      if (!encoded.indexOf.has(id)) {
        expect(referenced.has(id), id).toBe(false);
        expect(Object.values(table.types)).not.toContain(id);
      }
    }
    expect(Object.keys(table.structs).length).toBeGreaterThan(encoded.indexOf.size);
  });

  it('merges structs with equal rules (the gift box copy of AssetsModel, the {icon: Image} structs)', () => {
    expect(index('WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel')).toBe(index('WebcastGiftMessage_AssetsModel'));
    expect(index('BadgeStruct_ProjectionConfig')).toBe(index('BadgeStruct_ArrowConfig'));
    expect(index('Image')).not.toBe(index('ImageModel'));
  });
});
