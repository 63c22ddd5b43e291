// Prints one closing line for the whole workspace from each package's Vitest JSON
// report: "tests: N passed, N failed, N skipped". Exits non-zero when a report is
// missing or anything failed, so a silently skipped package cannot pass.
// With --clean it only deletes old reports (run first, so stale ones never count).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
const clean = process.argv.includes('--clean');

for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const pkgJson = join(dir, name, 'package.json');
    if (!existsSync(pkgJson)) continue;
    const { scripts = {} } = JSON.parse(readFileSync(pkgJson, 'utf8'));
    if (!scripts.test) continue;
    const report = join(dir, name, '.vitest-report.json');
    if (clean) {
      rmSync(report, { force: true });
      continue;
    }
    if (!existsSync(report)) {
      missing.push(`${group}/${name}`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
}

if (clean) process.exit(0);
if (missing.length > 0) console.error(`no test report from: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
