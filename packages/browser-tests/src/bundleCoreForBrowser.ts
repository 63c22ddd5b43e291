import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

/** The browser bundle of `fixtures/browserEntry.ts` and what went into it. */
export interface BrowserBundle {
  /** The bundled JavaScript (ESM, minified). */
  code: string;
  /** Size of `code` in bytes. */
  bytes: number;
  /** Size of `code` gzipped (level 9), in bytes. */
  gzipBytes: number;
  /** esbuild's metafile; input paths are relative to the repository root. */
  metafile: Metafile;
  /** Every import the bundle leaves to the runtime (`external`): Node built-ins end up here. */
  externalImports: Array<{ importer: string; path: string }>;
}

/** The repository root, so metafile paths read `packages/core/src/…` and `node_modules/.pnpm/…`. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const ENTRY = fileURLToPath(new URL('../fixtures/browserEntry.ts', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules);

/**
 * Bundles `@tiktok-live-rx/core` the way a browser app would: platform
 * `browser`, ESM, everything (rxjs included) in one file, resolved from source
 * through the `@tiktok-live-rx/source` condition.
 *
 * Node built-ins are marked external instead of failing the build, so the
 * metafile can say which file imported which one. `mode` sets
 * `process.env.NODE_ENV` as a dev server or a production build would.
 */
export async function bundleCoreForBrowser(mode: 'development' | 'production' = 'development'): Promise<BrowserBundle> {
  return bundleForBrowser(ENTRY, mode);
}

/**
 * Bundles any browser entry (a fixture) the way {@link bundleCoreForBrowser} bundles the core
 * one. `alias` maps import paths, e.g. `react-dom/client` to `react-dom/profiling` so a
 * production build still calls `<Profiler onRender>`.
 */
export async function bundleForBrowser(
  entry: string,
  mode: 'development' | 'production' = 'development',
  alias: Record<string, string> = {},
): Promise<BrowserBundle> {
  const result = await build({
    // What app bundlers do: `process.env.NODE_ENV` is replaced at build time
    // (esbuild alone would assume production because of `minify`).
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    entryPoints: [entry],
    alias,
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['@tiktok-live-rx/source', 'browser'],
    minify: true,
    write: false,
    metafile: true,
    outfile: 'bundle.js',
    logLevel: 'silent',
    plugins: [nodeBuiltinsAsExternal],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output file');
  const externalImports = Object.entries(result.metafile.inputs).flatMap(([importer, input]) =>
    input.imports.filter((entry) => entry.external === true).map((entry) => ({ importer, path: entry.path })),
  );
  return {
    code: output.text,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    metafile: result.metafile,
    externalImports,
  };
}

/** Resolves `fs`, `node:fs`, `fs/promises`, … to an external import rather than an error. */
const nodeBuiltinsAsExternal: Plugin = {
  name: 'node-builtins-as-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      const bare = args.path.startsWith('node:') ? args.path.slice('node:'.length) : args.path;
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(bare)) return { path: args.path, external: true };
      return undefined;
    });
  },
};
