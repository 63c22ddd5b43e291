import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root folder. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Names of the workspace's private packages (never published, so never imported by a tarball). */
export function privatePackageNames(): string[] {
  const names: string[] = [];
  for (const group of ['packages', 'apps']) {
    const dir = join(WORKSPACE_ROOT, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const manifest = join(dir, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, private: isPrivate } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; private?: boolean };
      if (isPrivate) names.push(name);
    }
  }
  return names;
}
