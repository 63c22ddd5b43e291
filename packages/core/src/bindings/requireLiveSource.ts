/** Which client a binding uses: the one passed in, else the provided one, else a clear error. */
import type { LiveSource } from '../types.js';

/**
 * `explicit` when given, otherwise what `provided()` returns (a context or an injection).
 * Throws a `TypeError` that says how to provide one (`howToProvide`) when there is neither.
 *
 * @example
 * requireLiveSource(options.client, () => inject(LIVE_CLIENT_KEY, undefined), 'Install it with app.use(TikTokLivePlugin, …)');
 */
export function requireLiveSource(explicit: LiveSource | undefined, provided: () => LiveSource | undefined, howToProvide: string): LiveSource {
  const source = explicit ?? provided();
  if (source === undefined) {
    throw new TypeError(`useLiveClient(): no LiveClient (or other LiveSource). ${howToProvide}, or pass { client } to the hook.`);
  }
  return source;
}
