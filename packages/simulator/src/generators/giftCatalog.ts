import type { SimGift } from '../payloads/simEvent.js';
import { createPictureUrls, resolvePictureUrl } from '../pictures/pictureUrls.js';

const icon = createPictureUrls('').gift;

/**
 * A small catalogue of well-known gifts. `giftType` 1 gifts are streakable (combo).
 * `imageUrl` is a root-relative path (`/pictures/gifts/<id>.svg`) that every
 * simulator serves; rooms send it as an absolute URL on their own port
 * (`sim.gifts` and `ctx.gifts` hold that form).
 */
export const GIFT_CATALOG: readonly SimGift[] = [
  { id: 5655, name: 'Rose', diamondCount: 1, giftType: 1, imageUrl: icon(5655), describe: 'sent Rose' },
  { id: 5269, name: 'TikTok', diamondCount: 1, giftType: 1, imageUrl: icon(5269), describe: 'sent TikTok' },
  { id: 5827, name: 'Ice Cream Cone', diamondCount: 1, giftType: 1, imageUrl: icon(5827), describe: 'sent Ice Cream Cone' },
  { id: 6064, name: 'GG', diamondCount: 1, giftType: 1, imageUrl: icon(6064), describe: 'sent GG' },
  { id: 5487, name: 'Finger Heart', diamondCount: 5, giftType: 1, imageUrl: icon(5487), describe: 'sent Finger Heart' },
  { id: 6427, name: 'Hat and Mustache', diamondCount: 99, giftType: 1, imageUrl: icon(6427), describe: 'sent Hat and Mustache' },
  { id: 7934, name: 'Heart Me', diamondCount: 1, giftType: 1, imageUrl: icon(7934), describe: 'sent Heart Me' },
  { id: 5658, name: 'Perfume', diamondCount: 20, giftType: 1, imageUrl: icon(5658), describe: 'sent Perfume' },
  { id: 7168, name: 'Money Gun', diamondCount: 500, giftType: 2, imageUrl: icon(7168), describe: 'sent Money Gun' },
  { id: 5585, name: 'Confetti', diamondCount: 100, giftType: 2, imageUrl: icon(5585), describe: 'sent Confetti' },
  { id: 6267, name: 'Corgi', diamondCount: 299, giftType: 2, imageUrl: icon(6267), describe: 'sent Corgi' },
  { id: 5955, name: 'Galaxy', diamondCount: 1000, giftType: 2, imageUrl: icon(5955), describe: 'sent Galaxy' },
  { id: 6369, name: 'Lion', diamondCount: 29999, giftType: 2, imageUrl: icon(6369), describe: 'sent Lion' },
];

/** Whether a gift is a cheap streakable one (sent most often). */
export const isCheapGift = (gift: SimGift): boolean => gift.giftType === 1 && gift.diamondCount <= 5;

/** Cheap streakable gifts, sent most often. */
export const CHEAP_GIFTS: readonly SimGift[] = GIFT_CATALOG.filter(isCheapGift);

/** The catalogue with icon URLs on `baseUrl` (a simulator's `httpUrl`). */
export function giftCatalogAt(baseUrl: string): readonly SimGift[] {
  return GIFT_CATALOG.map((gift) => ({ ...gift, imageUrl: resolvePictureUrl(gift.imageUrl, baseUrl) }));
}
