import type { User } from 'tiktok-live-proto/v3';
import { firstImageUrl } from '../protocol/normalizeMessage.js';
import type { Loose } from './loose.js';

/** Avatar sizes TikTok provides (`avatarThumb` < `avatarMedium` < `avatarLarge`). */
export type AvatarSize = 'thumb' | 'medium' | 'large';

/** Options for {@link avatarUrl}. */
export interface AvatarUrlOptions {
  /**
   * Preferred size. When that size has no URL, the nearest other size is used
   * (larger first for `thumb`, smaller first for `medium`/`large`).
   * @default 'thumb'
   */
  size?: AvatarSize;
}

const ORDER: Record<AvatarSize, readonly ('avatarThumb' | 'avatarMedium' | 'avatarLarge')[]> = {
  thumb: ['avatarThumb', 'avatarMedium', 'avatarLarge'],
  medium: ['avatarMedium', 'avatarLarge', 'avatarThumb'],
  large: ['avatarLarge', 'avatarMedium', 'avatarThumb'],
};

// Un-normalised v2 users (PROTOCOL.md §5.3) carry the same images under these names.
const V2_NAME = {
  avatarThumb: 'profilePicture',
  avatarMedium: 'profilePictureMedium',
  avatarLarge: 'profilePictureLarge',
} as const;

/**
 * The URL of a user's avatar (`avatarThumb`/`avatarMedium`/`avatarLarge`
 * `urlList[0]`), or `undefined` when the user has none. Tolerates missing
 * fields, and also reads v2 `profilePicture*` on un-normalised data.
 *
 * @example
 * ```ts
 * chat$.subscribe((msg) => render(avatarUrl(msg.user, { size: 'medium' }) ?? DEFAULT_AVATAR));
 * ```
 */
export function avatarUrl(user: Loose<User> | null | undefined, options?: AvatarUrlOptions): string | undefined {
  if (typeof user !== 'object' || user === null) return undefined;
  const record = user as Record<string, unknown>;
  const size = options?.size ?? 'thumb';
  const order = ORDER[size] ?? ORDER.thumb;
  for (const field of order) {
    const url = firstImageUrl(record[field]) ?? firstImageUrl(record[V2_NAME[field]]);
    if (url !== undefined) return url;
  }
  return undefined;
}
