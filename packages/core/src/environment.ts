/**
 * Environment seam: whether code runs on a server (no `window`/`document`) and
 * development-only warnings. Tests and SSR frameworks override `isServer()`
 * with `setIsServer()`.
 */

let isServerOverride: boolean | undefined;

/** True when there is no browser `window` + `document` (Node, Deno, workers, SSR), unless overridden. */
export function isServer(): boolean {
  if (isServerOverride !== undefined) return isServerOverride;
  return typeof window === 'undefined' || typeof document === 'undefined';
}

/** Overrides `isServer()`; pass `undefined` to go back to detection. */
export function setIsServer(value: boolean | undefined): void {
  isServerOverride = value;
}

/**
 * True unless `process.env.NODE_ENV === 'production'`. The expression is written
 * out literally so bundlers (Vite, esbuild, webpack) replace it at build time; in
 * an unbundled browser `process` does not exist and the `catch` means development.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

const warned = new Set<string>();

/** Writes a development-only warning once per `key`. Never called on production paths. */
export function warnOnce(key: string, message: string): void {
  if (!isDevelopment() || warned.has(key)) return;
  warned.add(key);
  console.warn(`[tiktok-live-rx] ${message}`);
}
