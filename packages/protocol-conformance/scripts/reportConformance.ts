/**
 * Prints the per-type match rates of the differential run and, with
 * `--fields`, the v3 fields that differ most (a development aid; the test
 * asserts the rates).
 *
 * Run: pnpm --filter @tiktok-live-rx/protocol-conformance report [-- --fields] [-- --count=300]
 */
import { formatRates, measureConformance } from '../src/measureConformance.js';
import { COVERED_TYPES, loadV2, loadV3 } from '../src/schemas.js';

const count = Number(process.argv.find((a) => a.startsWith('--count='))?.slice(8) ?? 300);
const v2 = loadV2();
const v3 = loadV3();
const results = COVERED_TYPES.map((type, i) => measureConformance(v2, v3, type, count, 1000 + i));
console.log(formatRates(results));
const all = results.reduce((n, r) => n + r.matched, 0);
console.log(`all types: ${((100 * all) / (count * results.length)).toFixed(1)} %`);
if (process.argv.includes('--fields')) {
  const fields = new Map<string, number>();
  const examples = new Map<string, unknown>();
  for (const r of results) {
    for (const [f, n] of r.byField) fields.set(f, (fields.get(f) ?? 0) + n);
    for (const [f, m] of r.examples) if (!examples.has(f)) examples.set(f, m);
  }
  for (const [f, n] of [...fields].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(n).padStart(5)}  ${f}  ${JSON.stringify(examples.get(f)).slice(0, 300)}`);
  }
}
