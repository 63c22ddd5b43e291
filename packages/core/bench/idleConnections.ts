/**
 * Memory per idle connection: `client.live(id)` for many distinct ids, nothing subscribed.
 * Heap delta per id after a full GC, for the bare `live(id)` objects and, for comparison,
 * after touching one stream getter on each (which builds the connection's parts but opens
 * nothing). Not a test: numbers are printed, not asserted.
 *
 * Run: pnpm --filter @tiktok-live-rx/core exec node --expose-gc --conditions=@tiktok-live-rx/source --import tsx bench/idleConnections.ts [count]
 */
import { createLiveClient, type LiveConnection } from '../src/index.js';

const count = Number(process.argv[2] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const client = createLiveClient({ apiKey: 'bench-key', url: 'ws://127.0.0.1:9' });
const ids = Array.from({ length: count }, (_, i) => `creator_${i}`);
const kept: LiveConnection[] = [];

const before = heap();
for (const id of ids) kept.push(client.live(id));
const idle = heap();
for (const live of kept) void live.chat$;
const built = heap();

const perId = (bytes: number): string => `${(bytes / count).toFixed(0)} B (${(bytes / count / 1024).toFixed(2)} KiB)`;
console.log(`[bench] idle live(id) x ${count}: ${perId(idle - before)} per id before the first subscribe`);
console.log(`[bench] after touching chat$ (parts built, nothing subscribed): ${perId(built - before)} per id`);
console.log(`[bench] same object for the same id: ${client.live(ids[0]!) === kept[0]}`);
client.close();
