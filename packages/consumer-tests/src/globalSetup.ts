import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { WORKSPACE_ROOT } from './workspace.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Public package name → absolute path of its tarball (`pnpm pack` output). */
    tarballs: Record<string, string>;
  }
}

/**
 * Packs every public package once (scripts/packPublicPackages.mjs, the same code the release
 * uses) into a temporary folder outside the workspace, and hands the paths to the tests.
 * The packages must be built first: the test command runs `turbo run build` before the tests.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tiktok-live-rx-tarballs-'));
  const packed = spawnSync('node', ['scripts/packPublicPackages.mjs', dir], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`packing failed (build the packages first):\n${packed.stderr}${packed.stdout}`);
  project.provide('tarballs', JSON.parse(packed.stdout) as Record<string, string>);
  return () => rmSync(dir, { recursive: true, force: true });
}
