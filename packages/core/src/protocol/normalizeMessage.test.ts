// Fixtures: hand-written from PROTOCOL.md §2.3/§5. `v2Messages.json` is what Euler
// sends by default (every scalar present with its default, int64 as strings);
// `v3Messages.json` is the same data under tiktok-live-connector's v3 names/types.
import { describe, expect, it } from 'vitest';
import { firstImageUrl, normalizeMessage } from './normalizeMessage.js';
import v2Messages from './fixtures/v2Messages.json';
import v3Messages from './fixtures/v3Messages.json';

type Obj = Record<string, unknown>;
const V2 = v2Messages as unknown as Record<string, Obj>;
const V3 = v3Messages as unknown as Record<string, Obj>;
const TYPES = Object.keys(V2);

/** Deep freeze so any mutation of the input throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const clone = <T>(value: T): T => structuredClone(value);

describe('normalizeMessage: fixtures', () => {
  it('has a v3 fixture for every v2 fixture', () => {
    expect(Object.keys(V3).sort()).toEqual([...TYPES].sort());
    expect(TYPES.length).toBeGreaterThanOrEqual(13);
  });

  it.each(TYPES)('%s: v2 → expected v3', (type) => {
    expect(normalizeMessage(type, clone(V2[type]!))).toStrictEqual(V3[type]);
  });

  it.each(TYPES)('%s: v3 input comes back as the same object', (type) => {
    const input = clone(V3[type]!);
    expect(normalizeMessage(type, input)).toBe(input);
  });

  it.each(TYPES)('%s: idempotent (normalising twice changes nothing)', (type) => {
    const once = normalizeMessage(type, clone(V2[type]!));
    const twice = normalizeMessage(type, once);
    expect(twice).toBe(once);
  });

  it.each(TYPES)('%s: does not mutate its input', (type) => {
    const input = deepFreeze(clone(V2[type]!));
    const snapshot = JSON.stringify(input);
    normalizeMessage(type, input);
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});

describe('normalizeMessage: field rules', () => {
  it('converts int32 → int64 as number → string and int64 → int32 as string → number', () => {
    const gift = normalizeMessage('WebcastGiftMessage', { giftId: 5655, fanTicketCount: '12' });
    expect(gift).toEqual({ giftId: '5655', fanTicketCount: 12 });
    const like = normalizeMessage('WebcastLikeMessage', { likeCount: 3, totalLikeCount: 99 });
    expect(like).toEqual({ count: 3, total: '99' });
    const seq = normalizeMessage('WebcastRoomUserSeqMessage', { viewerCount: 10, totalUser: 20 });
    expect(seq).toEqual({ total: '10', totalUser: '20' });
    const social = normalizeMessage('WebcastSocialMessage', { followCount: 7 });
    expect(social).toEqual({ followCount: '7' });
  });

  it('never lets v2 User collision fields land in the same-named v3 fields', () => {
    const out = normalizeMessage('WebcastChatMessage', {
      user: { userId: '1', uniqueId: 'a', fanTicketCount: '50', anchorLevel: { level: '3' }, payScores: '9' },
    });
    expect(out['user']).toEqual({
      id: '1',
      displayId: 'a',
      ticketCount: '50',
      webcastAnchorLevel: { level: 3 },
      deprecated21: '9',
    });
  });

  it('keeps v3 collision fields on a v3 user', () => {
    const user = { id: '1', displayId: 'a', fanTicketCount: '50', anchorLevel: { level: '3' }, payScores: '9' };
    const out = normalizeMessage('WebcastChatMessage', { user });
    expect(out['user']).toBe(user);
  });

  it('leaves collision fields alone on an ambiguous user (no v2-only or v3-only key)', () => {
    const user = { nickname: 'n', fanTicketCount: '50' };
    expect(normalizeMessage('WebcastChatMessage', { user })['user']).toBe(user);
  });

  it('never renames onto a v3 name that is already present', () => {
    const out = normalizeMessage('WebcastChatMessage', { comment: 'old', content: 'new' });
    expect(out).toEqual({ comment: 'old', content: 'new' });
  });

  it('keeps unknown fields', () => {
    const out = normalizeMessage('WebcastLikeMessage', { likeCount: 1, futureField: { x: 1 } });
    expect(out).toEqual({ count: 1, futureField: { x: 1 } });
  });

  it('passes a field unknown to the table through unchanged, even one that looks like a v2 struct', () => {
    const future = { userId: '1', uniqueId: 'a', profilePicture: { mUri: 'u', mUrls: ['x'] } };
    const out = normalizeMessage('WebcastGiftMessage', { giftDetails: { giftName: 'Rose', futureGift: future }, futureField: future });
    expect(out['futureField']).toBe(future);
    expect((out['gift'] as Record<string, unknown>)['futureGift']).toBe(future);
    expect(future).toEqual({ userId: '1', uniqueId: 'a', profilePicture: { mUri: 'u', mUrls: ['x'] } });
  });

  it('renames and converts nested User structs (badges, borders, payGrade, ownRoom)', () => {
    const out = normalizeMessage('WebcastChatMessage', {
      user: {
        userId: '1',
        badges: [{ badgeDisplayType: 1, image: { badgeDisplayType: 2 }, text: { badgeDisplayType: 3, key: 'k' } }],
        borders: [{ borderLogExtra: { level: 'a' }, ribbonLogExtra: { level: 'b' } }],
        userHonor: { gradeIconList: [{ level: '7', iconDiamond: '100' }] },
        ownRoom: { roomIdsList: ['9'], roomIdsStrList: ['9'] },
      },
    });
    expect(out['user']).toEqual({
      id: '1',
      badgeList: [{ displayType: 1, image: { displayType: 2 }, text: { displayType: 3, key: 'k' } }],
      borderList: [{ borderPrivilegeLogExtra: { level: 'a' }, profilePrivilegeLogExtra: { level: 'b' } }],
      payGrade: { gradeIconList: [{ level: 7, iconDiamond: 100 }] },
      ownRoom: { roomIds: ['9'], roomIdsStr: ['9'] },
    });
  });

  it('follows the shared names for CombineBadgeStruct.text, where the two schemas disagree', () => {
    const out = normalizeMessage('WebcastChatMessage', {
      user: { userId: '1', badges: [{ combine: { badgeDisplayType: 4, text: { badgeDisplayType: 4, key: 'k', defaultPattern: 'p' } } }] },
    });
    const badge = ((out['user'] as Record<string, unknown>)['badgeList'] as Record<string, unknown>[])[0]!;
    expect(badge['combine']).toEqual({ displayType: 4, text: { displayType: 4, key: 'k', defaultPattern: 'p' } });
  });

  it('maps an empty v2 emote imageUrl to an empty urlList (proto3 leaves the list empty)', () => {
    const out = normalizeMessage('WebcastChatMessage', { emotes: [{ emote: { image: { imageUrl: '' } } }] });
    expect(out['emotes']).toEqual([{ emote: { image: { urlList: [] } } }]);
  });

  it('turns an emote imageUrl into urlList', () => {
    const out = normalizeMessage('WebcastChatMessage', {
      emotes: [{ placeInComment: 0, emote: { emoteId: '1', image: { imageUrl: 'https://e/1.png' } } }],
    });
    expect(out['emotes']).toEqual([{ index: 0, emote: { emoteId: '1', image: { urlList: ['https://e/1.png'] } } }]);
  });

  it('converts v2 map fields to v3 {key, value} arrays for LinkMicBattle', () => {
    const out = normalizeMessage('WebcastLinkMicBattle', { armies: { '42': { hostScore: '5', userArmy: [] } } });
    expect(out['armies']).toEqual([{ key: '42', value: { hostscore: '5', userArmies: [] } }]);
  });

  it('shares untouched subtrees with the input', () => {
    const extra = { banInfoUrl: '', reasonNo: '0' };
    const out = normalizeMessage('WebcastControlMessage', {
      common: { filterMsgTagsList: [] },
      extra,
    });
    expect(out['extra']).toBe(extra);
    expect(out['common']).toEqual({ filterMsgTags: [] });
  });
});

describe('normalizeMessage: other types', () => {
  it('applies structural renames to unknown Webcast types (common, user, nested images)', () => {
    const out = normalizeMessage('WebcastFutureMessage', {
      common: { displayText: { displayType: 'k', defaultPattern: '', piecesList: [] } },
      user: { userId: '1', uniqueId: 'a', profilePicture: { url: ['u'], mUri: 'm' } },
      deep: { icon: { url: ['x'], mUri: '' } },
      other: 1,
    });
    expect(out).toEqual({
      common: { displayText: { key: 'k', defaultPattern: '', pieces: [] } },
      user: { id: '1', displayId: 'a', avatarThumb: { urlList: ['u'], uri: 'm' } },
      deep: { icon: { urlList: ['x'], uri: '' } },
      other: 1,
    });
  });

  it('normalises the user of synthetic presence items', () => {
    const out = normalizeMessage('SyntheticJoinMessage', {
      user: { userId: '1', uniqueId: 'a', nickname: 'A', profilePicture: { url: ['u'] } },
      firstSeen: 1,
      lastSeen: 2,
    });
    expect(out).toEqual({
      user: { id: '1', displayId: 'a', nickname: 'A', avatarThumb: { urlList: ['u'] } },
      firstSeen: 1,
      lastSeen: 2,
    });
  });

  it.each(['workerInfo', 'roomInfo', 'tiktok.connect', 'tiktok.disconnect', 'room.status'])(
    'returns Euler custom type %s untouched',
    (type) => {
      const data = { user: { userId: '1', uniqueId: 'a' }, raw: { owner: { url: ['x'], mUri: '' } } };
      expect(normalizeMessage(type, data)).toBe(data);
    },
  );
});

describe('normalizeMessage: odd input', () => {
  const odd: unknown[] = [null, undefined, 0, 'x', [], [1, null], { a: null }];
  it.each(TYPES)('%s: tolerates null / arrays / scalars in every field', (type) => {
    for (const key of Object.keys(V2[type]!)) {
      for (const value of odd) {
        expect(() => normalizeMessage(type, { [key]: value })).not.toThrow();
      }
    }
  });

  it('returns non-object data as is', () => {
    for (const value of [null, undefined, 3, 'str', [1, 2]]) {
      expect(normalizeMessage('WebcastChatMessage', value as never)).toBe(value);
    }
  });

  it('keeps null sub-objects and arrays where objects are expected', () => {
    const out = normalizeMessage('WebcastGiftMessage', { giftDetails: null, user: [1, 2], common: 'x' });
    expect(out).toEqual({ gift: null, user: [1, 2], common: 'x' });
  });

  it('survives very deep nesting', () => {
    let deep: Obj = { url: ['x'], mUri: '' };
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    expect(() => normalizeMessage('WebcastChatMessage', { extra: deep })).not.toThrow();
  });

  it('keeps a __proto__ key from JSON.parse as a plain own property', () => {
    const data = JSON.parse('{"comment":"hi","__proto__":{"polluted":true}}') as Obj;
    const out = normalizeMessage('WebcastChatMessage', data);
    expect(out['content']).toBe('hi');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Obj)['polluted']).toBeUndefined();
  });
});

describe('firstImageUrl', () => {
  it('reads v3 urlList, v2 url, v2 mUrls and v2 emote imageUrl', () => {
    expect(firstImageUrl({ urlList: ['a', 'b'] })).toBe('a');
    expect(firstImageUrl({ url: ['c'] })).toBe('c');
    expect(firstImageUrl({ mUrls: ['d'] })).toBe('d');
    expect(firstImageUrl({ imageUrl: 'e' })).toBe('e');
  });

  it('skips empty strings and returns undefined when there is no URL', () => {
    expect(firstImageUrl({ urlList: ['', 'f'] })).toBe('f');
    expect(firstImageUrl({ urlList: [] })).toBeUndefined();
    expect(firstImageUrl({ urlList: [], url: ['g'] })).toBe('g');
    expect(firstImageUrl(undefined)).toBeUndefined();
    expect(firstImageUrl(null)).toBeUndefined();
    expect(firstImageUrl([])).toBeUndefined();
    expect(firstImageUrl('')).toBeUndefined();
    expect(firstImageUrl('h')).toBe('h');
    expect(firstImageUrl({ urlList: [1, null] })).toBeUndefined();
  });
});
