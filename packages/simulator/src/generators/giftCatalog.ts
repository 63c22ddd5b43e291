import type { SimGift } from '../payloads/simEvent.js';

const icon = (name: string): string =>
  `https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/${name}~tplv-obj.png`;

/** A small catalogue of well-known gifts. `giftType` 1 gifts are streakable (combo). */
export const GIFT_CATALOG: readonly SimGift[] = [
  { id: 5655, name: 'Rose', diamondCount: 1, giftType: 1, imageUrl: icon('eba3a9bb85c33e017f3648eaf88d7189'), describe: 'sent Rose' },
  { id: 5269, name: 'TikTok', diamondCount: 1, giftType: 1, imageUrl: icon('802a21ae29f9fae5abe3693de9f874bd'), describe: 'sent TikTok' },
  { id: 5827, name: 'Ice Cream Cone', diamondCount: 1, giftType: 1, imageUrl: icon('968820bc85e274713c795a6aef3f7c67'), describe: 'sent Ice Cream Cone' },
  { id: 6064, name: 'GG', diamondCount: 1, giftType: 1, imageUrl: icon('3f02fa9594bd1495ff4e8aa5ae265eef'), describe: 'sent GG' },
  { id: 5487, name: 'Finger Heart', diamondCount: 5, giftType: 1, imageUrl: icon('a4c4dc437fd3a6632aba149769491f49'), describe: 'sent Finger Heart' },
  { id: 6427, name: 'Hat and Mustache', diamondCount: 99, giftType: 1, imageUrl: icon('2f1e4f3f5c728ffbfa35705b480fdc92'), describe: 'sent Hat and Mustache' },
  { id: 7934, name: 'Heart Me', diamondCount: 1, giftType: 1, imageUrl: icon('d56945782445b0b8c8658ed44f894c7b'), describe: 'sent Heart Me' },
  { id: 5658, name: 'Perfume', diamondCount: 20, giftType: 1, imageUrl: icon('20b8f61246c7b6032777bb81bf4ee055'), describe: 'sent Perfume' },
  { id: 7168, name: 'Money Gun', diamondCount: 500, giftType: 2, imageUrl: icon('e0589e95a2b41970f0f30f6202f5fce6'), describe: 'sent Money Gun' },
  { id: 5585, name: 'Confetti', diamondCount: 100, giftType: 2, imageUrl: icon('cb4e11b3834e149f08e1cdcc93870b26'), describe: 'sent Confetti' },
  { id: 6267, name: 'Corgi', diamondCount: 299, giftType: 2, imageUrl: icon('148eef0884fdb12058d1c6897d1e02b9'), describe: 'sent Corgi' },
  { id: 5955, name: 'Galaxy', diamondCount: 1000, giftType: 2, imageUrl: icon('79a02148079526539f7599150da9fd28'), describe: 'sent Galaxy' },
  { id: 6369, name: 'Lion', diamondCount: 29999, giftType: 2, imageUrl: icon('4fb89af2082a290b37d704e20f4fe729'), describe: 'sent Lion' },
];

/** Cheap streakable gifts, sent most often. */
export const CHEAP_GIFTS: readonly SimGift[] = GIFT_CATALOG.filter((g) => g.giftType === 1 && g.diamondCount <= 5);
