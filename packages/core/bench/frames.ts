/**
 * Realistic Euler v2 bundles for the client benchmark: 20 messages each (chat,
 * gift, like, member, social, viewer count, mixed), about 600 bytes per message;
 * or the same messages with v3 field names.
 */
import { normalizeMessage } from '../src/protocol/normalizeMessage.js';

const AVATAR = 'https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/7a1b2c3d~c5_72x72.webp';
const ROOM_ID = '7401234567890123456';

function common(method: string, seq: number, displayType = ''): Record<string, unknown> {
  return {
    method,
    msgId: String(7400000000000000000n + BigInt(seq)),
    roomId: ROOM_ID,
    createTime: String(1717171717000 + seq),
    displayText: { displayType, defaultPattern: '', piecesList: [] },
  };
}

function user(seq: number): Record<string, unknown> {
  const n = seq % 5000;
  return {
    userId: String(6812345678901000000n + BigInt(n)),
    uniqueId: `viewer_${n}`,
    nickname: `Viewer ${n} 🦦`,
    profilePicture: { url: [AVATAR] },
    followInfo: { followingCount: 120 + (n % 7), followerCount: 3400 + n },
    isFollower: n % 3 === 0,
  };
}

/** One message of the mix, by position in the bundle. */
function message(slot: number, seq: number): { type: string; data: Record<string, unknown> } {
  switch (slot) {
    case 0:
    case 3:
    case 6:
    case 9:
    case 12:
    case 15:
    case 17:
    case 19:
      return {
        type: 'WebcastChatMessage',
        data: {
          common: common('WebcastChatMessage', seq),
          user: user(seq),
          comment: `greetings from city number ${seq % 97}!`,
          contentLanguage: 'en',
          emotes: [],
        },
      };
    case 1:
    case 8:
    case 14:
      return {
        type: 'WebcastGiftMessage',
        data: {
          common: common('WebcastGiftMessage', seq),
          giftId: 5655,
          fanTicketCount: '1',
          groupCount: 1,
          repeatCount: (seq % 10) + 1,
          comboCount: (seq % 10) + 1,
          user: user(seq),
          repeatEnd: seq % 10 === 9 ? 1 : 0,
          groupId: String(1717171717000 + (seq >> 4)),
          giftDetails: { id: '5655', giftName: 'Rose', diamondCount: 1, giftType: 1, combo: true, giftImage: { url: [AVATAR] } },
        },
      };
    case 2:
    case 10:
    case 16:
      return {
        type: 'WebcastLikeMessage',
        data: { common: common('WebcastLikeMessage', seq), likeCount: 5 + (seq % 11), totalLikeCount: 100_000 + seq, user: user(seq) },
      };
    case 4:
    case 11:
    case 18:
      return {
        type: 'WebcastMemberMessage',
        data: { common: common('WebcastMemberMessage', seq), user: user(seq), memberCount: 1800 + (seq % 50), action: 1, actionDescription: '', userId: '0', enterType: '0' },
      };
    case 5:
    case 13:
      return {
        type: 'WebcastSocialMessage',
        data: {
          common: common('WebcastSocialMessage', seq, seq % 2 === 0 ? 'pm_main_follow_message_viewer_2' : 'pm_mt_guidance_share'),
          user: user(seq),
          shareType: '0',
          action: seq % 2 === 0 ? '1' : '3',
          shareTarget: '',
          followCount: 3_200_000 + seq,
          shareCount: 0,
        },
      };
    default:
      return {
        type: 'WebcastRoomUserSeqMessage',
        data: {
          common: common('WebcastRoomUserSeqMessage', seq),
          viewerCount: 1800 + (seq % 300),
          totalUser: 50_000 + seq,
          popStr: '1.8K',
          popularity: '0',
          ranksList: [{ coinCount: 120, user: { userId: '6812345678901000001', nickname: 'Top fan', profilePicture: { url: [AVATAR] } }, rank: 1, delta: '0' }],
        },
      };
  }
}

/** Messages per bundle. */
export const MESSAGES_PER_BUNDLE = 20;

/** The wire schema a bench server sends: Euler's default v2 names, or v3 names (`features.schemaVersion=v3`). */
export type BenchSchema = 'v2' | 'v3';

/** `count` distinct bundles as JSON text, in `schema`'s field names (v3: the same messages, normalised). */
export function createBundles(count: number, schema: BenchSchema = 'v2'): string[] {
  const out: string[] = [];
  let seq = 0;
  for (let b = 0; b < count; b++) {
    const messages = [];
    for (let slot = 0; slot < MESSAGES_PER_BUNDLE; slot++) {
      const item = message(slot, seq++);
      messages.push(schema === 'v3' ? { type: item.type, data: normalizeMessage(item.type, item.data) } : item);
    }
    out.push(JSON.stringify({ timestamp: 1717171717000 + b, messages }));
  }
  return out;
}

/** The `workerInfo` item a session starts with, echoing the schema the server sends. */
export function workerInfoFrame(schema: BenchSchema): string {
  return JSON.stringify({ type: 'workerInfo', data: { webSocketId: 'bench', schemaVersion: schema, features: { schemaVersion: schema } } });
}

/** The bare item that ends a burst. */
export const DONE_FRAME = JSON.stringify({ type: 'bench.done', data: {} });
