// Packs every public (not "private") package of packages/* and apps/* with `pnpm pack`,
// which rewrites `workspace:*` to real versions, into one folder. Used by the release
// (scripts/release.mjs) and by the consumer tests, so both see the same tarballs.
// CLI: `node scripts/packPublicPackages.mjs <folder>` prints `{ name: tarballPath }` as JSON.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The workspace's public packages: `{ name, version, dir }`, in folder order. */
export function publicPackages() {
  const found = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir).sort()) {
      const manifest = join(groupDir, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, version, private: isPrivate } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (!isPrivate) found.push({ name, version, dir: join(groupDir, entry) });
    }
  }
  return found;
}

/** Runs a command; resolves with its exit code and output. */
function run(command, args, cwd) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

/** Packs every public package into `dest` (in parallel); resolves with `{ name: absolute tarball path }`. */
export async function packPublicPackages(dest) {
  const out = resolve(dest);
  mkdirSync(out, { recursive: true });
  const packed = await Promise.all(
    publicPackages().map(async ({ name, version, dir }) => {
      const { code, output } = await run('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', out], dir);
      const file = join(out, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
      if (code !== 0 || !existsSync(file)) throw new Error(`pnpm pack failed for ${name} (exit ${code}):\n${output}`);
      return [name, file];
    }),
  );
  return Object.fromEntries(packed);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dest = process.argv[2];
  if (!dest) {
    console.error('usage: node scripts/packPublicPackages.mjs <folder>');
    process.exit(2);
  }
  console.log(JSON.stringify(await packPublicPackages(dest)));
}
