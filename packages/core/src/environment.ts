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

/** True unless `process.env.NODE_ENV === 'production'` (bundlers replace that expression). */
export function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV !== 'production';
}

const warned = new Set<string>();

/** Writes a development-only warning once per `key`. Never called on production paths. */
export function warnOnce(key: string, message: string): void {
  if (!isDevelopment() || warned.has(key)) return;
  warned.add(key);
  console.warn(`[tiktok-live-rx] ${message}`);
}
