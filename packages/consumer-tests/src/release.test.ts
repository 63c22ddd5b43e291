/** The release flow, dry: `pnpm release --dry-run` packs and would publish every public package. */
import { spawnSync } from 'node:child_process';
import { expect, inject, it } from 'vitest';
import { WORKSPACE_ROOT } from './workspace.js';

it('pnpm release --dry-run packs every public package and publishes nothing', () => {
  // --no-build: the test command has just built everything.
  const release = spawnSync('node', ['scripts/release.mjs', '--dry-run', '--no-build'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  expect(release.status, release.stdout + release.stderr).toBe(0);
  for (const name of Object.keys(inject('tarballs'))) {
    expect(release.stdout).toMatch(new RegExp(`^would publish ${name} \\(.*\\.tgz\\)$`, 'm'));
  }
  expect(release.stdout).not.toMatch(/^published /m);
});
