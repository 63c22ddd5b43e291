import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GIFT_CATALOG } from '../generators/giftCatalog.js';
import { avatarSvg } from '../pictures/avatarSvg.js';
import { emoteSvg } from '../pictures/emoteSvg.js';
import { giftIconSvg } from '../pictures/giftIconSvg.js';
import { CORS_HEADERS, safeDecode, sendError } from './httpJson.js';

/** A picture never changes for a given URL: let browsers and proxies keep it for a day without asking. */
const CACHE_CONTROL = 'public, max-age=86400, immutable';
const MAX_SIDE = 2048;

/**
 * Serves the simulator's own pictures (`/pictures/…`, see `pictureUrls.ts`):
 * `avatars/<userId>/<W>x<H>.svg`, `gifts/<giftId>.svg`, `emotes/<emoteId>.svg`.
 * Deterministic SVG, cacheable (`cache-control`, `etag`, 304 on `if-none-match`),
 * CORS like the REST API and `cross-origin-resource-policy: cross-origin`, so
 * pages on any local origin (also with COEP) can show them.
 */
export function pictureRoute(req: IncomingMessage, res: ServerResponse, parts: string[]): void {
  const svg = render(parts);
  if (svg === undefined) return sendError(res, 404, 'Unknown picture: use /pictures/avatars/<userId>/<W>x<H>.svg, /pictures/gifts/<id>.svg or /pictures/emotes/<id>.svg');
  const etag = `"${createHash('sha1').update(svg).digest('base64url')}"`;
  const headers = {
    ...CORS_HEADERS,
    'content-type': 'image/svg+xml; charset=utf-8',
    'cache-control': CACHE_CONTROL,
    'cross-origin-resource-policy': 'cross-origin',
    etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(svg) });
  res.end(req.method === 'HEAD' ? undefined : svg);
}

function render(parts: string[]): string | undefined {
  const [kind, first = '', second] = parts;
  if (kind === 'avatars' && parts.length === 3) {
    const userId = safeDecode(first);
    const size = /^(\d{1,4})x(\d{1,4})\.svg$/.exec(second ?? '');
    if (userId === undefined || userId === '' || !size) return undefined;
    const width = Number(size[1]);
    const height = Number(size[2]);
    if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return undefined;
    return avatarSvg(userId, width, height);
  }
  if (kind === 'gifts' && parts.length === 2) {
    const id = /^(\d{1,12})\.svg$/.exec(first);
    if (!id) return undefined;
    const giftId = Number(id[1]);
    return giftIconSvg(giftId, GIFT_CATALOG.find((g) => g.id === giftId)?.name ?? `Gift ${giftId}`);
  }
  if (kind === 'emotes' && parts.length === 2 && first.endsWith('.svg')) {
    const emoteId = safeDecode(first.slice(0, -4));
    if (emoteId === undefined || emoteId === '') return undefined;
    return emoteSvg(emoteId);
  }
  return undefined;
}
