/** True unless `process.env.NODE_ENV === 'production'` (bundlers replace that expression). */
export function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV !== 'production';
}

/** A development-only warning that says what to do instead. */
export function devWarn(message: string): void {
  if (isDevelopment()) console.warn(`[tiktok-live-rx] ${message}`);
}
