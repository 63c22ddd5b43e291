/**
 * Every public package's tarball is publish-ready: license, metadata, only what users need,
 * nothing that imports a private package or loads AGPL code, README links that work on the
 * npm page, and clean publint (--strict) and arethetypeswrong (ESM-only) reports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { tarballManifest } from './consumerProject.js';
import { privatePackageNames, WORKSPACE_ROOT } from './workspace.js';

const tarballs = inject('tarballs');
const rootLicense = readFileSync(join(WORKSPACE_ROOT, 'LICENSE'), 'utf8');
const privateNames = privatePackageNames();
const binDir = join(WORKSPACE_ROOT, 'packages/consumer-tests/node_modules/.bin');
const sizes: { package: string; 'tarball kB': number; files: number }[] = [];

/** Runs a command to completion without blocking the test runner. */
function runAsync(command: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

// The linters are slow (arethetypeswrong type-checks every entry point): start them all at once.
const lints = new Map(
  Object.entries(tarballs).map(([name, tarball]) => [
    name,
    {
      publint: runAsync(join(binDir, 'publint'), ['--strict', tarball]),
      // A bin-only package (no `exports`) has no importable entry point, so no types to check.
      attw: tarballManifest(tarball).exports
        ? runAsync(join(binDir, 'attw'), ['--profile', 'esm-only', '--format', 'ascii', tarball])
        : undefined,
    },
  ]),
);

/** Every file below `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

/** Module specifiers a JS/TS file imports or re-exports (static and dynamic). */
function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) found.push(match[1] ?? '');
  return found;
}

afterAll(() => {
  console.log('tarball sizes and file counts:');
  console.table(sizes);
});

describe.each(Object.entries(tarballs))('%s tarball', (name, tarball) => {
  const dir = mkdtempSync(join(tmpdir(), 'tiktok-live-rx-unpacked-'));
  spawnSync('tar', ['-xzf', tarball, '-C', dir]);
  const root = join(dir, 'package');
  const files = listFiles(root);
  const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  sizes.push({ package: name, 'tarball kB': Math.round(statSync(tarball).size / 102.4) / 10, files: files.length });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries the MIT license of the repository', () => {
    expect(manifest['license']).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toBe(rootLicense);
  });

  it('has the npm page metadata (repository, homepage, bugs, keywords, engines)', () => {
    expect(manifest['repository']).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
    expect(manifest['homepage']).toMatch(/^https:\/\//);
    expect(manifest['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect((manifest['keywords'] as string[]).length).toBeGreaterThan(2);
    expect(manifest['engines']).toMatchObject({ node: expect.any(String) });
  });

  it('has workspace:* rewritten to real versions', () => {
    expect(manifestText).not.toContain('workspace:');
  });

  it('ships no tests, test helpers or test fixtures', () => {
    expect(files.filter((f) => /\.test(-d)?\.[cm]?[jt]sx?$|(^|\/)testing\//.test(f))).toEqual([]);
  });

  it('imports no private workspace package, and no AGPL package at run time', () => {
    const offending: string[] = [];
    for (const file of files.filter((f) => /\.([cm]?[jt]sx?|vue)$/.test(f) && !f.endsWith('.map'))) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const spec of importSpecifiers(source)) {
        if (privateNames.some((p) => spec === p || spec.startsWith(`${p}/`))) offending.push(`${file}: ${spec}`);
        const runtime = /\.[cm]?js$/.test(file) && !file.endsWith('.d.ts');
        if (runtime && /^tiktok-live-(connector|proto)(\/|$)/.test(spec)) offending.push(`${file}: ${spec} at run time`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('links only absolute URLs from its README (they must work on the npm page)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.filter((link) => !/^(https?:\/\/|#)/.test(link))).toEqual([]);
  });

  it('passes publint --strict', async () => {
    const lint = await lints.get(name)!.publint;
    expect(lint.code, lint.output).toBe(0);
    expect(lint.output).toContain('All good!');
  });

  it('passes arethetypeswrong (ESM-only profile), or is a bin-only package', async () => {
    const attw = await lints.get(name)!.attw;
    if (attw === undefined) {
      expect(manifest['bin']).toBeDefined();
      return;
    }
    expect(attw.code, attw.output).toBe(0);
  });
});
