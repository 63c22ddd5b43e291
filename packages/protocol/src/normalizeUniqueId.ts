/**
 * The service's own uniqueId normalisation (PROTOCOL.md §1.5), quirks included:
 * each step is a first-occurrence substring removal, then a trim.
 * `https://www.tiktok.com/@user/live/` → `user/`, `@@user` → `@user`.
 */
export function eulerNormalizeUniqueId(uniqueId: string): string {
  return uniqueId.replace('https://www.tiktok.com/', '').replace('/live', '').replace('@', '').trim();
}

/** TikTok handles: letters, digits, `_` and `.`, at most 24 characters. */
const HANDLE = /^[a-z0-9_.]{1,24}$/;

/**
 * The client's normalisation: accepts `user`, `@user`, `tiktok.com/@user`,
 * `https://www.tiktok.com/@user/live?x=y` and returns the lower-cased handle,
 * or `undefined` when what remains is not a valid TikTok handle.
 */
export function normalizeUniqueId(input: string): string | undefined {
  let id = input.trim();
  id = id.replace(/^https?:\/\//i, '').replace(/^(www\.|m\.)?tiktok\.com\//i, '');
  id = id.split(/[?#]/, 1)[0] ?? '';
  id = id.replace(/\/live\/?$/i, '').replace(/\/+$/, '');
  id = id.replace(/^@/, '').toLowerCase();
  return HANDLE.test(id) ? id : undefined;
}
