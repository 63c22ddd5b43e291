/**
 * Test fixtures (not published): realistic v3-shaped TikTok payloads, with only
 * the fields the operators read filled in. int64 fields are strings, as on the wire.
 */
import type {
  WebcastGiftMessage,
  WebcastLikeMessage,
  WebcastMemberMessage,
  WebcastRoomUserSeqMessage,
  WebcastSocialMessage,
} from 'tiktok-live-proto/v3';
import type { LiveEventLike } from '../operators/sessionTotals.js';

let nextMsgId = 7_300_000_000_000_000_000n;
/** A fresh int64 message id, as a string. */
export function newMsgId(): string {
  nextMsgId += 1n;
  return nextMsgId.toString();
}

const ROOM_ID = '7412345678901234567';

function common(method: string, msgId = newMsgId(), displayKey = ''): Record<string, unknown> {
  return {
    method,
    msgId,
    roomId: ROOM_ID,
    createTime: String(1_730_000_000_000),
    displayText: { key: displayKey, defaultPattern: '', pieces: [] },
  };
}

function user(userId: string, nickname = `user ${userId}`): Record<string, unknown> {
  return { id: userId, displayId: `handle_${userId}`, nickname };
}

/** Known gifts: rose (streakable, 1 💎), lion (type 2, 29 999 💎), … */
export const GIFTS = {
  rose: { id: '5655', name: 'Rose', type: 1, diamondCount: 1 },
  finger: { id: '5487', name: 'Finger Heart', type: 1, diamondCount: 5 },
  lion: { id: '6369', name: 'Lion', type: 2, diamondCount: 29_999 },
  universe: { id: '7312', name: 'TikTok Universe', type: 2, diamondCount: 44_999 },
} as const;

/** Options of {@link giftMessage}. */
export interface GiftFixture {
  userId: string;
  nickname?: string;
  gift?: { id: string; name: string; type: number; diamondCount: number };
  groupId?: string;
  repeatCount?: number;
  repeatEnd?: 0 | 1;
  msgId?: string;
  /** Omit the `gift` details (as some events do). */
  withoutDetails?: boolean;
}

/** A `WebcastGiftMessage` in v3 shape. */
export function giftMessage(o: GiftFixture): WebcastGiftMessage {
  const gift = o.gift ?? GIFTS.rose;
  return {
    common: common('WebcastGiftMessage', o.msgId),
    giftId: gift.id,
    fanTicketCount: 0,
    groupCount: 0,
    repeatCount: o.repeatCount ?? 1,
    comboCount: o.repeatCount ?? 1,
    user: user(o.userId, o.nickname),
    repeatEnd: o.repeatEnd ?? 0,
    groupId: o.groupId ?? '1730000000001',
    gift: o.withoutDetails
      ? undefined
      : { id: gift.id, name: gift.name, type: gift.type, diamondCount: gift.diamondCount, combo: gift.type === 1 },
    isFirstSent: false,
  } as unknown as WebcastGiftMessage;
}

/**
 * A full streak as TikTok sends it (PROTOCOL.md §5.4): `repeatCount` 1..n with
 * `repeatEnd` 0, then `n` again with `repeatEnd` 1.
 */
export function streakMessages(o: Omit<GiftFixture, 'repeatCount' | 'repeatEnd' | 'msgId'> & { n: number }): WebcastGiftMessage[] {
  const steps: WebcastGiftMessage[] = [];
  for (let i = 1; i <= o.n; i++) steps.push(giftMessage({ ...o, repeatCount: i, repeatEnd: 0 }));
  steps.push(giftMessage({ ...o, repeatCount: o.n, repeatEnd: 1 }));
  return steps;
}

/** A `WebcastLikeMessage`: `count` likes in this batch, `total` the room's running total. */
export function likeMessage(o: { userId: string; nickname?: string; count: number; total: number }): WebcastLikeMessage {
  return {
    common: common('WebcastLikeMessage'),
    count: o.count,
    total: String(o.total),
    user: user(o.userId, o.nickname),
  } as unknown as WebcastLikeMessage;
}

/** A `WebcastMemberMessage` (action 1 = joined, 3 = subscribed). */
export function memberMessage(o: { userId: string; action?: number }): WebcastMemberMessage {
  return {
    common: common('WebcastMemberMessage'),
    user: user(o.userId),
    action: o.action ?? 1,
    memberCount: 0,
  } as unknown as WebcastMemberMessage;
}

/** A `WebcastSocialMessage`: a follow or a share, told apart by `common.displayText.key`. */
export function socialMessage(o: { userId: string; kind: 'follow' | 'share' }): WebcastSocialMessage {
  const key = o.kind === 'follow' ? 'pm_main_follow_message_viewer_2' : 'pm_mt_guidance_share';
  return {
    common: common('WebcastSocialMessage', undefined, key),
    user: user(o.userId),
    action: o.kind === 'follow' ? '1' : '3',
    followCount: '0',
    shareCount: 0,
  } as unknown as WebcastSocialMessage;
}

/** A `WebcastRoomUserSeqMessage` with the viewer count. */
export function roomUserSeqMessage(viewers: number): WebcastRoomUserSeqMessage {
  return {
    common: common('WebcastRoomUserSeqMessage'),
    ranks: [],
    total: String(viewers),
    totalUser: String(viewers * 3),
  } as unknown as WebcastRoomUserSeqMessage;
}

/** A `roomInfo` item's data, as the service sends it at each (re)connect. */
export function roomInfoData(o: { viewers?: number; likes?: number }): Record<string, unknown> {
  return {
    raw: {
      id_str: ROOM_ID,
      status: 2,
      title: 'fixture room',
      ...(o.viewers === undefined ? {} : { user_count: o.viewers }),
      stats: { total_user: 1234, ...(o.likes === undefined ? {} : { like_count: o.likes }) },
    },
  };
}

/** Wraps a payload as an `events$` item. */
export function liveEvent(type: string, data: unknown): LiveEventLike {
  return { type, data };
}
