import type { User } from 'tiktok-live-proto/v3';
import type { Loose } from './loose.js';

/**
 * The name to show for a user: `nickname`, falling back to the handle
 * (`displayId`, or v2 `uniqueId` on un-normalised data), then to `fallback`.
 * Whitespace-only names count as missing.
 *
 * @param fallback - Returned when the user has no usable name. @default ''
 * @example
 * ```ts
 * chat$.subscribe((msg) => console.log(`${displayName(msg.user, 'someone')}: ${msg.content}`));
 * ```
 */
export function displayName(user: Loose<User> | null | undefined, fallback = ''): string {
  if (typeof user !== 'object' || user === null) return fallback;
  const record = user as Record<string, unknown>;
  return usable(record['nickname']) ?? usable(record['displayId']) ?? usable(record['uniqueId']) ?? fallback;
}

function usable(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
