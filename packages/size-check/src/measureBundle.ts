/**
 * Bundles one entry file the way a browser app's bundler would (esbuild: browser platform,
 * ESM, minified, code splitting, rxjs bundled, frameworks external) and measures what loads
 * first: the entry chunk plus every chunk it imports statically. Lazy chunks (`import()`)
 * are measured apart.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** Sizes of one bundled entry. */
export interface BundleSize {
  /** Minified bytes that load first (entry + static chunks). */
  readonly minBytes: number;
  /** Those bytes gzipped (level 9, as one stream). */
  readonly gzipBytes: number;
  /** Minified bytes of the lazy chunks (loaded on first use of a feature). */
  readonly lazyMinBytes: number;
  /**
   * Gzip bytes of everything the app loads once it connects: the first load plus the lazy chunks
   * it can load (`import()`, followed transitively) except those whose module is a feature the
   * app loads only if it uses it (`features`, e.g. totals or streaks); each lazy chunk gzipped
   * on its own, as it is served.
   */
  readonly onConnectGzipBytes: number;
  /** The lazy chunks counted in {@link onConnectGzipBytes}, by their biggest input file. */
  readonly onConnectLazyChunks: readonly string[];
  /** Source files that end up in what loads first, relative to the repository root. */
  readonly initialInputs: readonly string[];
  /** Minified bytes each of those files contributes to what loads first (esbuild's metafile). */
  readonly initialInputBytes: ReadonlyMap<string, number>;
}

/** The repository root, so input paths read `packages/core/src/…`. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Frameworks the app brings anyway: not counted against a binding's budget. */
const FRAMEWORKS = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'vue'];

/** Bundles `entries/<name>.ts` and measures it. */
export async function measureBundle(name: string, features: RegExp = /$^/): Promise<BundleSize> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../entries/${name}.ts`, import.meta.url))],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['@tiktok-live-rx/source', 'browser'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: FRAMEWORKS,
    minify: true,
    write: false,
    metafile: true,
    outdir: 'size-check-out',
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint?.endsWith(`entries/${name}.ts`) === true);
  if (entry === undefined) throw new Error(`esbuild produced no entry chunk for ${name}`);
  const initial = staticClosure(outputs, entry);
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(REPO_ROOT.length), file.contents]));
  const initialContents = [...initial].map((path) => files.get(path) ?? new Uint8Array());
  const minBytes = initialContents.reduce((sum, contents) => sum + contents.byteLength, 0);
  const lazyMinBytes = [...files].filter(([path]) => !initial.has(path) && path.endsWith('.js')).reduce((sum, [, contents]) => sum + contents.byteLength, 0);
  const onConnectLazy = [...reachable(outputs, entry, features)].filter((path) => !initial.has(path));
  const initialGzip = gzipSync(Buffer.concat(initialContents), { level: 9 }).byteLength;
  return {
    minBytes,
    onConnectGzipBytes: onConnectLazy.reduce((sum, path) => sum + gzipSync(files.get(path) ?? new Uint8Array(), { level: 9 }).byteLength, initialGzip),
    onConnectLazyChunks: onConnectLazy.map((path) => biggestInput(outputs[path])),
    gzipBytes: initialGzip,
    lazyMinBytes,
    initialInputs: [...initial].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {})),
    initialInputBytes: new Map([...initial].flatMap((path) => Object.entries(outputs[path]?.inputs ?? {}).map(([input, { bytesInOutput }]) => [input, bytesInOutput] as const))),
  };
}

/** The chunks `entry` loads, statically or through `import()`, except `import()`s of feature modules. */
function reachable(outputs: Metafile['outputs'], entry: string, features: RegExp): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.external === true) continue;
      if (imported.kind === 'import-statement') visit(imported.path);
      else if (imported.kind === 'dynamic-import' && !features.test(outputs[imported.path]?.entryPoint ?? '')) visit(imported.path);
    }
  };
  visit(entry);
  return seen;
}

/** The input file that contributes most to `chunk` (names a chunk in reports). */
function biggestInput(chunk: Metafile['outputs'][string] | undefined): string {
  const inputs = Object.entries(chunk?.inputs ?? {}).sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput);
  return inputs[0]?.[0] ?? '?';
}

/** The output chunks `entry` loads before running: itself and its static imports, transitively. */
function staticClosure(outputs: Metafile['outputs'], entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && imported.external !== true) visit(imported.path);
    }
  };
  visit(entry);
  return seen;
}

/** Minified bytes of the first-load files whose path matches `pattern`. */
export function firstLoadBytes(size: BundleSize, pattern: RegExp): number {
  let sum = 0;
  for (const [path, bytes] of size.initialInputBytes) if (pattern.test(path)) sum += bytes;
  return sum;
}

/** `bytes` as kB with one decimal (1 kB = 1000 bytes, as budgets are stated). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
