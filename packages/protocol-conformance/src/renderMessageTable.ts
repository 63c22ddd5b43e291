/**
 * Renders core's `src/protocol/messageTable.ts` from a derived table (encoded
 * by `encodeMessageTable.ts`): the generator writes it, the test checks the
 * committed file is up to date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DerivedTable } from './deriveMessageTable.js';
import { encodeMessageTable } from './encodeMessageTable.js';

/** Where the table lives in core. */
export const MESSAGE_TABLE_FILE = fileURLToPath(new URL('../../core/src/protocol/messageTable.ts', import.meta.url));

const version = (pkg: string): string =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../node_modules/${pkg}/package.json`, import.meta.url)), 'utf8')) as { version: string }).version;

/** The TypeScript source of the table: data, typed by core's hand-written `messageTableTypes.ts`. */
export function renderMessageTable(table: DerivedTable): string {
  const encoded = encodeMessageTable(table);
  const header = `/**
 * The v2 → v3 table as data, generated from Euler's v2 schema
 * (@eulerstream/euler-websocket-sdk ${version('@eulerstream/euler-websocket-sdk')}) and tiktok-live-proto ${version('tiktok-live-proto')}'s
 * v3 schema by \`pnpm --filter @tiktok-live-rx/protocol-conformance generate:table\`.
 * Do not edit by hand: change the generator (packages/protocol-conformance) and
 * re-run it. \`messageSpecs.ts\` reads and compiles it at first use, struct by
 * struct; the differential test checks it.
 *
 * Structs are separated by \`;\`, a struct's index being its position. Per
 * struct (the comment names Euler's v2 struct, \`>V3Name\` when it maps to
 * several; structs with the same rules all the way down are merged), in the
 * grammar of \`messageTableTypes.ts\`:
 * - renames \`v2>v3\` (same number, compatible type); \`v2^v3\` when v3 uses the
 *   v2 name for a different field of the same struct: renamed only on objects
 *   that are certainly v2 (a v2-only renamed key present, no rename target
 *   present), so v3 input is never renamed twice;
 * - converters \`:c\` of the v3 field: \`s\` (int32 → int64: number → decimal
 *   string), \`n\` (int64 → int32), \`l\` (string → one-element list), a struct
 *   index (apply that struct's rules), \`*c\` / \`%c\` (each element / map value),
 *   \`@key/value/keyAs/of\` (v2 map \`{[k]: v}\` → v3 repeated \`{key, value}\`
 *   under v3's two field names).
 * Fields and structs not named here need nothing and pass through unchanged.
 */
`;
  if (encoded.structs.some((s) => s.includes(';'))) throw new Error('messageTable: a struct contains the separator ;');
  // One string (the minifier joins the literals), a struct's index and derived id in a comment before it.
  const lines = encoded.structs.map((s, i) => `  /* ${i} ${encoded.ids[i]} */ ${JSON.stringify(i === 0 ? s : `;${s}`)}`);
  const body = `import type { NamedStruct } from './messageTableTypes.js';

/** The struct (index in {@link STRUCTS}) of each covered wire type. */
export const MESSAGE_TYPES: Readonly<Record<string, number>> = ${JSON.stringify(encoded.types, null, 2)};

/** The structs core's structural specs name (index in {@link STRUCTS}). */
export const NAMED_STRUCTS: Readonly<Record<NamedStruct, number>> = ${JSON.stringify(encoded.named, null, 2)};

/** Every struct that needs a rename or a conversion (directly or below it), encoded, separated by \`;\`. */
export const STRUCTS: string =
${lines.join(' +\n')};
`;
  return header + body;
}
