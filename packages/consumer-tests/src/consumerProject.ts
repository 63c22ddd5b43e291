import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace.js';

/** What a finished command left: its exit code and its stdout + stderr. */
export interface RunResult {
  code: number | null;
  output: string;
}

/** A throwaway npm project in the system temp folder, outside the workspace (no workspace links). */
export interface ConsumerProject {
  readonly dir: string;
  /** Writes a file (folders created as needed). */
  write(path: string, content: string): void;
  /** Copies `packages/consumer-tests/fixtures/<name>/` into the project. */
  copyFixture(name: string): void;
  /** Runs a command in the project with a clean environment; never throws on a non-zero exit. */
  run(command: string, args: readonly string[], env?: Record<string, string>): Promise<RunResult>;
  /** Starts a long-running command in the project (the caller kills it). */
  start(command: string, args: readonly string[]): ChildProcess;
  /** `npm <args>` plus quiet, offline-first flags; throws with npm's output when it fails. */
  npm(args: readonly string[]): Promise<void>;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * The environment of a user's shell: without the `npm_*` / `pnpm_*` variables the workspace's
 * own pnpm run sets (they would change how npm installs).
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key) && key !== 'NODE_OPTIONS' && !key.startsWith('VITEST')) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Creates an empty ES-module project named `name`. */
export function createConsumerProject(name: string): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), `tiktok-live-rx-${name}-`));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);

  const run = (command: string, args: readonly string[], env?: Record<string, string>): Promise<RunResult> =>
    new Promise((resolve) => {
      const child = spawn(command, args, { cwd: dir, env: userEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => resolve({ code, output }));
    });

  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    copyFixture(fixture) {
      cpSync(join(WORKSPACE_ROOT, 'packages/consumer-tests/fixtures', fixture), dir, { recursive: true });
    },
    run,
    start(command, args) {
      return spawn(command, args, { cwd: dir, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    },
    async npm(args) {
      const result = await run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
      if (result.code !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${result.code}):\n${result.output}`);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The parts of a packed `package.json` these tests read. */
export interface TarballManifest {
  name: string;
  dependencies?: Record<string, string>;
  exports?: unknown;
}

/** The `package.json` inside a tarball. */
export function tarballManifest(tarball: string): TarballManifest {
  const read = spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
  if (read.status !== 0) throw new Error(`cannot read package.json from ${tarball}: ${read.stderr}`);
  return JSON.parse(read.stdout) as TarballManifest;
}

/**
 * A README install command made installable before the packages are on the registry, as the
 * root README tells users: each `@tiktok-live-rx/*` name becomes its tarball, and the tarballs
 * of the `@tiktok-live-rx/*` packages it depends on (transitively) are added. Everything else
 * stays as written (from the npm registry).
 */
export function withTarballs(command: readonly string[], tarballs: Readonly<Record<string, string>>): string[] {
  const added = new Set<string>();
  const addClosure = (name: string): void => {
    const tarball = tarballs[name];
    if (!tarball) throw new Error(`no tarball for ${name}: is it private, or not packed?`);
    if (added.has(name)) return;
    added.add(name);
    for (const dep of Object.keys(tarballManifest(tarball).dependencies ?? {})) {
      if (dep.startsWith('@tiktok-live-rx/')) addClosure(dep);
    }
  };
  const out = command.filter((arg) => {
    if (!arg.startsWith('@tiktok-live-rx/')) return true;
    addClosure(arg);
    return false;
  });
  return [...out, ...[...added].map((name) => tarballs[name] as string)];
}
