/**
 * Renders core's `src/protocol/messageTable.ts` from a derived table: the
 * generator writes it, the test checks the committed file is up to date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DerivedTable } from './deriveMessageTable.js';

/** Where the table lives in core. */
export const MESSAGE_TABLE_FILE = fileURLToPath(new URL('../../core/src/protocol/messageTable.ts', import.meta.url));

const version = (pkg: string): string =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../node_modules/${pkg}/package.json`, import.meta.url)), 'utf8')) as { version: string }).version;

/** The TypeScript source of the table: data, typed by core's hand-written `messageTableTypes.ts`. */
export function renderMessageTable(table: DerivedTable): string {
  const header = `/**
 * The v2 → v3 table as data, generated from Euler's v2 schema
 * (@eulerstream/euler-websocket-sdk ${version('@eulerstream/euler-websocket-sdk')}) and tiktok-live-proto ${version('tiktok-live-proto')}'s
 * v3 schema by \`pnpm --filter @tiktok-live-rx/protocol-conformance generate:table\`.
 * Do not edit by hand: change the generator (packages/protocol-conformance) and
 * re-run it. \`messageSpecs.ts\` compiles it; the differential test checks it.
 *
 * Per struct (id = Euler's v2 struct name, \`>V3Name\` when it maps to several):
 * - \`rename\`: v2 name → v3 name of the same field (same number, compatible type);
 * - \`fields\`: converters keyed by v3 name: \`str\` (int32 → int64: number → decimal
 *   string), \`num\` (int64 → int32), \`strList\` (string → one-element list),
 *   \`struct\` (apply another struct's rules), \`list\` / \`values\` (each element /
 *   map value), \`entries\` (v2 map \`{[k]: v}\` → v3 repeated \`{key, value}\` under
 *   v3's two field names);
 * - \`collide\`: renamed v2 names that v3 uses for a different field of the same
 *   struct; renamed only on objects that are certainly v2 (a v2-only renamed key
 *   present, no rename target present), so v3 input is never renamed twice.
 * Fields and structs not named here need nothing and pass through unchanged.
 */
`;
  const body = `import type { TableStruct } from './messageTableTypes.js';

export type { TableConverter, TableStruct } from './messageTableTypes.js';

/** The struct of each covered wire type. */
export const MESSAGE_TYPES: Readonly<Record<string, string>> = ${JSON.stringify(table.types, null, 2)};

/** Every struct that needs a rename or a conversion (directly or below it). */
export const STRUCTS: Readonly<Record<string, TableStruct>> = ${JSON.stringify(table.structs, null, 2)};
`;
  return header + body;
}
