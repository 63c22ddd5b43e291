/**
 * Reads one encoded struct of the generated table back into its renames and
 * converters, in the grammar of core's `messageTableTypes.ts`, so that the
 * round-trip test can compare it with the derived struct. (Core compiles the
 * strings straight into its specs, `messageSpecs.ts`; the differential test
 * checks that reading.)
 */
import type { TableConverter, TableStruct } from '../../core/src/protocol/messageTableTypes.js';

const SCALARS: Readonly<Record<string, TableConverter<number>>> = { s: 'str', n: 'num', l: 'strList' };

/** One encoded converter: `s`, `n`, `l`, a struct index, `*c`, `%c`, or `@key/value/keyAs/of`. */
function decodeConverter(c: string): TableConverter<number> {
  const rest = c.slice(1);
  switch (c[0]) {
    case '*':
      return { list: decodeConverter(rest) };
    case '%':
      return { values: decodeConverter(rest) };
    case '@': {
      const [key, value, keyAs, of] = rest.split('/') as [string, string, string, string];
      return { entries: { key, value, ...(keyAs ? { keyAs: decodeConverter(keyAs) } : {}), ...(of ? { of: decodeConverter(of) } : {}) } };
    }
  }
  return SCALARS[c] ?? { struct: Number(c) };
}

/** One encoded struct: comma-separated `from>to`, `from^to` (collide) or `name` entries, each with an optional `:converter`. */
export function decodeStruct(text: string): TableStruct<number> {
  const rename: Record<string, string> = {};
  const fields: Record<string, TableConverter<number>> = {};
  const collide: string[] = [];
  for (const entry of text.split(',')) {
    const [, from, sep, to, c] = /^(\w+)(?:([>^])(\w+))?(?::(.*))?$/.exec(entry)!;
    if (to !== undefined) {
      rename[from!] = to;
      if (sep === '^') collide.push(from!);
    }
    if (c !== undefined) fields[to ?? from!] = decodeConverter(c);
  }
  return { rename, fields, ...(collide.length > 0 ? { collide } : {}) };
}
