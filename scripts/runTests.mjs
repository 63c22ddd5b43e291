// The README's test command after install: prerequisites first, then every package's type
// check, build and tests. A failing package does not stop the others (turbo --continue); the
// closing summary line always prints, and the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/** Runs one step with inherited output; true when it exited 0. */
function step(command, args) {
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return run.status === 0;
}

if (!step('node', ['scripts/ensurePrerequisites.mjs'])) process.exit(1);
step('node', ['scripts/summarizeTests.mjs', '--clean']);
const results = [
  step('turbo', ['run', 'typecheck', 'build', '--continue']),
  step('turbo', ['run', 'test', '--concurrency=1', '--continue']),
  step('node', ['scripts/summarizeTests.mjs']),
];
process.exit(results.every(Boolean) ? 0 : 1);
