// Conformance: the simulator builds v2 and v3 payloads independently (PROTOCOL.md
// §5.3). Normalising its v2 output must give exactly its v3 output, minus
// the v3-only fields that v2 has no source for.
import { GIFT_CATALOG, toV2Item, toV3Item, type SimEvent, type SimUser } from '@tiktok-live-rx/simulator';
import { describe, expect, it } from 'vitest';
import { normalizeMessage, normalizeMessageInPlace } from './normalizeMessage.js';

const user: SimUser = {
  userId: '6812345678901234567',
  uniqueId: 'river_otter',
  nickname: 'River Otter 🦦',
  avatarUrl: 'https://p16-sign.tiktokcdn.com/avatar.webp',
  secUid: 'MS4wLjABAAAA',
  followerCount: 1045,
  followingCount: 312,
  isFollower: true,
  isModerator: true,
  isSubscriber: true,
  isGiftGiver: true,
  payGrade: 10,
};
const gift = GIFT_CATALOG[0]!;
const emote = { emoteId: '7301', imageUrl: 'https://e/7301.png', index: 3 };

const EVENTS: SimEvent[] = [
  { kind: 'chat', user, comment: 'hi there', emotes: [emote] },
  { kind: 'gift', user, gift, repeatCount: 3, repeatEnd: true, groupId: '123', comboCount: 3, groupCount: 1, toUser: user },
  { kind: 'like', user, count: 5, total: 48211 },
  { kind: 'member', user, action: 1, memberCount: 10 },
  { kind: 'social', user, action: 'follow', followCount: 2211, shareCount: 0 },
  { kind: 'roomUserSeq', viewerCount: 1187, totalUser: 25311, ranks: [{ user, coinCount: 520, rank: 1 }] },
  { kind: 'control', action: 3 },
  { kind: 'subNotify', user, subMonth: 2, subscribeType: 1, oldSubscribeStatus: 1, messageType: 1 },
  { kind: 'emoteChat', user, emotes: [emote] },
];

/** Paths where `actual` differs from `expected`, ignoring keys only `expected` has. */
function mismatches(actual: unknown, expected: unknown, path = '', out: string[] = []): string[] {
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) {
    if (Array.isArray(actual) !== Array.isArray(expected)) out.push(`${path}: array vs object`);
    for (const key of Object.keys(actual)) {
      if (!(key in expected)) out.push(`${path}.${key}: not a v3 field`);
      else mismatches((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`, out);
    }
  } else if (!Object.is(actual, expected)) {
    out.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return out;
}

// The public copying normaliser and the frame router's in-place one must agree with the simulator.
describe.each([
  ['normalizeMessage', normalizeMessage],
  ['normalizeMessageInPlace', normalizeMessageInPlace],
] as const)('%s vs the simulator’s independent v2/v3 payloads', (_name, normalize) => {
  const meta = { msgId: '7401000000000000001', roomId: '7401234567890123456', createTime: 1_717_171_717_123 };
  it.each(EVENTS.map((e) => [e.kind, e] as const))('%s', (_kind, event) => {
    const v2 = toV2Item(event, meta);
    const v3 = toV3Item(event, meta);
    expect(v2.type).toBe(v3.type);
    const normalised = normalize(v2.type, v2.data as Record<string, unknown>);
    expect(mismatches(normalised, v3.data)).toEqual([]);
  });
});
