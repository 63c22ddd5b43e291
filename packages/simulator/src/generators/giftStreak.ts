import type { SimEvent, SimGift, SimUser } from '../payloads/simEvent.js';

/** Gift events of one send (PROTOCOL.md §5.4), in emission order. */
export type GiftEvent = Extract<SimEvent, { kind: 'gift' }>;

/**
 * The events TikTok sends for one gift send.
 * Streakable gifts (`giftType` 1): `repeatCount` 1..N with `repeatEnd` 0, then
 * N again with `repeatEnd` 1, all with the same `groupId`. Others: one event
 * with `repeatCount` 1 (`repeatEnd` 0 [I]).
 * @example
 * giftStreak(user, rose, 3, '7300000000000000001').map((e) => [e.repeatCount, e.repeatEnd]);
 * // [[1,false],[2,false],[3,false],[3,true]]
 */
export function giftStreak(user: SimUser, gift: SimGift, repeat: number, groupId: string): GiftEvent[] {
  const base = { kind: 'gift' as const, user, gift, groupId, groupCount: 1 };
  if (gift.giftType !== 1) {
    return [{ ...base, repeatCount: 1, repeatEnd: false, comboCount: 1, isFirstSent: true }];
  }
  const n = Math.max(1, Math.floor(repeat));
  const events: GiftEvent[] = [];
  for (let i = 1; i <= n; i++) {
    events.push({ ...base, repeatCount: i, repeatEnd: false, comboCount: i, isFirstSent: i === 1 });
  }
  events.push({ ...base, repeatCount: n, repeatEnd: true, comboCount: n, isFirstSent: false });
  return events;
}
