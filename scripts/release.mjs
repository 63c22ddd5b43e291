// `pnpm release [--dry-run]`: builds, packs every public package (scripts/packPublicPackages.mjs,
// the same tarballs the consumer tests install) into .release/, publishes each tarball with
// npm, then tags the release with Changesets. Versions come from `pnpm changeset` +
// `pnpm version-packages` beforehand. A version already on the registry is skipped, so a
// failed release can be re-run. --dry-run publishes nothing and tags nothing.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packPublicPackages } from './packPublicPackages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dryRun = process.argv.includes('--dry-run');

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
}

if (!process.argv.includes('--no-build')) {
  const build = run('turbo', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const dest = `${root}.release`;
rmSync(dest, { recursive: true, force: true });
const tarballs = await packPublicPackages(dest);

let failed = 0;
for (const [name, tarball] of Object.entries(tarballs)) {
  const args = ['publish', tarball, '--access', 'public', ...(dryRun ? ['--dry-run'] : [])];
  const published = run('npm', args);
  const output = `${published.stdout}${published.stderr}`;
  if (published.status === 0) {
    console.log(`${dryRun ? 'would publish' : 'published'} ${name} (${tarball})`);
  } else if (/EPUBLISHCONFLICT|previously published|cannot publish over/i.test(output)) {
    console.log(`skipped ${name}: this version is already on the registry`);
  } else {
    failed += 1;
    console.error(`npm publish failed for ${name}:\n${output}`);
  }
}
if (failed > 0) process.exit(1);
if (!dryRun) process.exit(run('changeset', ['tag'], { stdio: 'inherit' }).status ?? 1);
