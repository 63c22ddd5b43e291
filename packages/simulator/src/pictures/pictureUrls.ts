/**
 * Where the simulator's own pictures live. Every avatar, gift icon and emote a
 * simulator sends points at its own HTTP port, so a page that renders its
 * events never requests anything off the machine (issue 8).
 */

/** Path prefix of every picture route. */
export const PICTURES_PATH = '/pictures';

/** Builds picture URLs on one simulator's HTTP port. */
export interface PictureUrls {
  /**
   * A user's avatar: a deterministic identicon for `userId`. `size` (`WxH`) is
   * part of the path, so the `100x100` → `720x720` swaps TikTok URLs get also work here.
   */
  avatar(userId: string, size?: string): string;
  /** A gift's icon, by gift id. */
  gift(giftId: number): string;
  /** An emote's image, by emote id. */
  emote(emoteId: string): string;
}

/**
 * Picture URLs under `baseUrl` (a simulator's `httpUrl`); with `''` the URLs
 * are root-relative paths (`/pictures/…`), as `GIFT_CATALOG` holds them.
 * @example
 * createPictureUrls('http://127.0.0.1:8787').gift(5655);
 * // 'http://127.0.0.1:8787/pictures/gifts/5655.svg'
 */
export function createPictureUrls(baseUrl: string): PictureUrls {
  const root = `${baseUrl}${PICTURES_PATH}`;
  return {
    avatar: (userId, size = '100x100') => `${root}/avatars/${encodeURIComponent(userId)}/${size}.svg`,
    gift: (giftId) => `${root}/gifts/${giftId}.svg`,
    emote: (emoteId) => `${root}/emotes/${encodeURIComponent(emoteId)}.svg`,
  };
}

/** Turns a root-relative picture path into a URL on `baseUrl`; other URLs pass unchanged. */
export function resolvePictureUrl(url: string, baseUrl: string): string {
  return url.startsWith(`${PICTURES_PATH}/`) ? `${baseUrl}${url}` : url;
}
