/** Development-only warnings of the bindings. */
import { isDevelopment } from '../environment.js';

/**
 * Writes `[tiktok-live-rx] message` with `console.warn` in development only. The check reads
 * the literal `process.env.NODE_ENV`, which bundlers replace at build time (an unbundled
 * browser counts as development). Bindings also guard the call site with
 * `process.env.NODE_ENV !== 'production'`, so a production bundle drops the message text too.
 *
 * @example
 * if (process.env.NODE_ENV !== 'production') devWarn('useTikTokLive() was called outside setup(): call it inside setup().');
 */
export function devWarn(message: string): void {
  if (isDevelopment()) console.warn(`[tiktok-live-rx] ${message}`);
}
