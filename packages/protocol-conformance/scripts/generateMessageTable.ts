/**
 * Writes core's `src/protocol/messageTable.ts` (data only) from the two
 * schemas (see `src/deriveMessageTable.ts`). Run after upgrading either schema
 * package, then run the differential test.
 *
 * Run: pnpm --filter @tiktok-live-rx/protocol-conformance generate:table
 */
import { writeFileSync } from 'node:fs';
import { deriveMessageTable } from '../src/deriveMessageTable.js';
import { encodeMessageTable } from '../src/encodeMessageTable.js';
import { MESSAGE_TABLE_FILE, renderMessageTable } from '../src/renderMessageTable.js';
import { loadV2, loadV3 } from '../src/schemas.js';

const table = deriveMessageTable(loadV2(), loadV3());
writeFileSync(MESSAGE_TABLE_FILE, renderMessageTable(table));
console.log(
  `${MESSAGE_TABLE_FILE}: ${Object.keys(table.structs).length} derived structs, ${encodeMessageTable(table).structs.length} kept (reachable, merged), ${Object.keys(table.types).length} message types`,
);
