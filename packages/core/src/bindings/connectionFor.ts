/** The id rule both bindings share: which `uniqueId` values mean "no connection". */
import type { LiveConnection, LiveSource } from '../types.js';

/**
 * The connection of `source` for `uniqueId`, or `undefined` when `uniqueId` is `undefined`,
 * `null`, empty or only whitespace (a form field not filled in yet: idle, no socket). Any
 * other string goes to `source.live()`, which throws a `TypeError` for one that is not a
 * TikTok handle. Getting a connection opens nothing, so this is safe during render.
 *
 * @example
 * connectionFor(client, '  '); // undefined
 * connectionFor(client, '@someone'); // client.live('@someone')
 */
export function connectionFor(source: LiveSource, uniqueId: string | null | undefined): LiveConnection | undefined {
  if (uniqueId === undefined || uniqueId === null) return undefined;
  if (typeof uniqueId === 'string' && uniqueId.trim() === '') return undefined;
  return source.live(uniqueId);
}
