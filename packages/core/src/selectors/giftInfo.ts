import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { firstImageUrl } from '../protocol/normalizeMessage.js';
import type { Loose } from './loose.js';

/** What {@link giftInfo} returns: the parts of a gift event most apps need. */
export interface GiftInfo {
  /** Gift id as a string (v3 int64); `''` when absent. */
  giftId: string;
  /** Gift name; `''` when neither the event nor the catalogue has one. */
  name: string;
  /** First image URL of the gift (its `image`, else its `icon`). */
  imageUrl: string | undefined;
  /** Diamonds per single gift; 0 when unknown. */
  diamondCount: number;
  /** How many were sent so far in this streak (at least 1). */
  repeatCount: number;
  /** `diamondCount × repeatCount`. Meaningful as a total only on the final event of a streak. */
  totalDiamonds: number;
  /** The gift can be sent in a streak (`gift.type === 1`): expect progress events until `repeatEnd`. */
  streakable: boolean;
  /** This event is the one to count: not streakable, or `repeatEnd` is set (PROTOCOL.md §5.4). */
  final: boolean;
}

/** Catalogue data for a gift, to fill what the event lacks (e.g. names missing from some events). */
export interface GiftCatalogEntry {
  /** Gift name. */
  name?: string;
  /** Image URL. */
  imageUrl?: string;
  /** Diamonds per gift. */
  diamondCount?: number;
}

/** Options for {@link giftInfo}. */
export interface GiftInfoOptions {
  /**
   * A gift catalogue by gift id, consulted only for fields the event lacks.
   * @default undefined
   */
  catalog?: ReadonlyMap<string, GiftCatalogEntry> | ((giftId: string) => GiftCatalogEntry | undefined);
}

/**
 * Normalises a gift event to `{ giftId, name, imageUrl, diamondCount,
 * repeatCount, totalDiamonds, streakable, final }`. Tolerant of missing
 * fields; also reads v2 names (`giftDetails`, `giftName`, `giftImage`,
 * `giftType`) on un-normalised data. `groupCount`/`comboCount` are not
 * interpreted (their meaning is undocumented; read them from the event).
 *
 * @example
 * ```ts
 * gift$.pipe(map((msg) => giftInfo(msg)), filter((g) => g.final))
 *   .subscribe((g) => console.log(`${g.name} ×${g.repeatCount} = ${g.totalDiamonds} 💎`));
 * ```
 */
export function giftInfo(message: Loose<WebcastGiftMessage> | null | undefined, options?: GiftInfoOptions): GiftInfo {
  const m = asRecord(message) ?? {};
  const gift = asRecord(m['gift']) ?? asRecord(m['giftDetails']) ?? {};

  const rawId = m['giftId'] ?? gift['id'];
  const giftId = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : '';
  const entry = giftId === '' ? undefined : lookup(options?.catalog, giftId);

  const eventName = gift['name'] ?? gift['giftName'];
  const name = typeof eventName === 'string' && eventName !== '' ? eventName : (entry?.name ?? '');
  const imageUrl =
    firstImageUrl(gift['image']) ??
    firstImageUrl(gift['giftImage']) ??
    firstImageUrl(gift['icon']) ??
    entry?.imageUrl;
  const eventDiamonds = toCount(gift['diamondCount']);
  const diamondCount = eventDiamonds > 0 ? eventDiamonds : toCount(entry?.diamondCount);
  const repeatCount = Math.max(1, toCount(m['repeatCount']));
  const streakable = Number(gift['type'] ?? gift['giftType']) === 1;
  // repeatEnd is an int32 (0/1) on the wire: test truthiness, never `=== true`.
  const final = !streakable || Boolean(m['repeatEnd']);

  return {
    giftId,
    name,
    imageUrl,
    diamondCount,
    repeatCount,
    totalDiamonds: diamondCount * repeatCount,
    streakable,
    final,
  };
}

function lookup(
  catalog: GiftInfoOptions['catalog'],
  giftId: string,
): GiftCatalogEntry | undefined {
  if (catalog === undefined) return undefined;
  return typeof catalog === 'function' ? catalog(giftId) : catalog.get(giftId);
}

function toCount(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : 0;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
