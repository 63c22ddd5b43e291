// The frame router's in-place normaliser and the per-key-sequence plans that both
// entry points share. The fixtures are the same as normalizeMessage.test.ts's.
import { describe, expect, it } from 'vitest';
import { inPlaceNormalizerFor, normalizeMessage, normalizeMessageInPlace } from './normalizeMessage.js';
import v2Messages from './fixtures/v2Messages.json';
import v3Messages from './fixtures/v3Messages.json';

type Obj = Record<string, unknown>;
const V2 = v2Messages as unknown as Record<string, Obj>;
const V3 = v3Messages as unknown as Record<string, Obj>;
const TYPES = Object.keys(V2);
const clone = <T>(value: T): T => structuredClone(value);
const MODES = [
  ['normalizeMessage', normalizeMessage],
  ['normalizeMessageInPlace', normalizeMessageInPlace],
] as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('normalizeMessageInPlace: same result as normalizeMessage', () => {
  it.each(TYPES)('%s: v2 → expected v3, with the same key order as the copying variant', (type) => {
    const inPlace = normalizeMessageInPlace(type, clone(V2[type]!));
    expect(inPlace).toStrictEqual(V3[type]);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(normalizeMessage(type, clone(V2[type]!))));
  });

  it.each(TYPES)('%s: every run gives the same result (cached plans)', (type) => {
    for (let run = 0; run < 3; run++) expect(normalizeMessageInPlace(type, clone(V2[type]!))).toStrictEqual(V3[type]);
  });

  it.each(TYPES)('%s: v3 input comes back as the same, untouched object', (type) => {
    const input = deepFreeze(clone(V3[type]!));
    expect(normalizeMessageInPlace(type, input)).toBe(input);
  });

  it.each(TYPES)('%s: idempotent', (type) => {
    const once = normalizeMessageInPlace(type, clone(V2[type]!));
    expect(normalizeMessageInPlace(type, once)).toBe(once);
  });
});

describe('normalizeMessageInPlace: what is updated in place', () => {
  it('updates an object without renamed keys in place and rebuilds the renamed ones', () => {
    const displayText = { displayType: 'pm_mt_join', defaultPattern: '', piecesList: [] };
    const common = { msgId: '1', displayText };
    const data: Obj = { common, enterType: '2', action: 1 };
    const out = normalizeMessageInPlace('WebcastMemberMessage', data);
    expect(out).toBe(data);
    expect(out['common']).toBe(common);
    expect(common.displayText).not.toBe(displayText);
    expect(common.displayText).toStrictEqual({ key: 'pm_mt_join', defaultPattern: '', pieces: [] });
    expect(out['enterType']).toBe(2);
  });

  it('keeps the key order when it rebuilds an object', () => {
    const out = normalizeMessageInPlace('WebcastChatMessage', { common: {}, comment: 'hi', contentLanguage: 'en', emotes: [] });
    expect(Object.keys(out)).toEqual(['common', 'content', 'contentLanguage', 'emotes']);
  });

  it('keeps a __proto__ key from JSON.parse as a plain own property', () => {
    const data = JSON.parse('{"comment":"hi","__proto__":{"polluted":true},"user":{"userId":"1","uniqueId":"a"}}') as Obj;
    const out = normalizeMessageInPlace('WebcastChatMessage', data);
    expect(out['content']).toBe('hi');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toContain('__proto__');
    expect(({} as Obj)['polluted']).toBeUndefined();
  });

  it('survives very deep nesting', () => {
    let deep: Obj = { url: ['x'], mUri: '' };
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    expect(() => normalizeMessageInPlace('WebcastChatMessage', { extra: deep })).not.toThrow();
  });

  it('leaves scalar-only structs (followInfo) as they are', () => {
    const followInfo = { followingCount: '1', followerCount: '2', followStatus: '0', pushStatus: '0' };
    const out = normalizeMessageInPlace('WebcastChatMessage', { user: { userId: '1', uniqueId: 'a', followInfo } });
    expect((out['user'] as Obj)['followInfo']).toBe(followInfo);
  });
});

describe.each(MODES)('%s: decisions cached per key sequence', (_name, normalize) => {
  it('alternating key sequences with a common prefix', () => {
    for (let i = 0; i < 10; i++) {
      const a = normalize('WebcastChatMessage', { user: { userId: `${i}`, uniqueId: `u${i}`, nickname: 'A' } });
      expect(a).toStrictEqual({ user: { id: `${i}`, displayId: `u${i}`, nickname: 'A' } });
      const b = normalize('WebcastChatMessage', { user: { userId: `${i}`, nickname: 'B', profilePicture: { url: ['p'] } } });
      expect(b).toStrictEqual({ user: { id: `${i}`, nickname: 'B', avatarThumb: { urlList: ['p'] } } });
    }
  });

  it('a key sequence that is a prefix of a cached one, and the other way round', () => {
    for (let i = 0; i < 3; i++) {
      // `content` present: the rename of `comment` is blocked…
      expect(normalize('WebcastQuestionNewMessage', { data: { questionText: 'q', content: 'c' } })).toStrictEqual({ data: { questionText: 'q', content: 'c' } });
      // …and not for the same keys minus `content`.
      expect(normalize('WebcastQuestionNewMessage', { data: { questionText: 'q' } })).toStrictEqual({ data: { content: 'q' } });
      expect(normalize('WebcastQuestionNewMessage', { data: { questionText: 'q', content: 'c' } })).toStrictEqual({ data: { questionText: 'q', content: 'c' } });
    }
  });

  it('guarded renames follow the keys of each object', () => {
    for (let i = 0; i < 3; i++) {
      expect(normalize('WebcastChatMessage', { user: { userId: '1', fanTicketCount: '5' } })).toStrictEqual({ user: { id: '1', ticketCount: '5' } });
      const ambiguous = { nickname: 'n', fanTicketCount: '5' };
      expect(normalize('WebcastChatMessage', { user: ambiguous })).toStrictEqual({ user: ambiguous });
      const v3 = { id: '1', fanTicketCount: '5' };
      expect(normalize('WebcastChatMessage', { user: v3 })).toStrictEqual({ user: v3 });
    }
  });

  it('stays correct with more key sequences than it caches', () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 20; i++) {
        const out = normalize('WebcastLikeMessage', { [`extra${i}`]: i, likeCount: i, totalLikeCount: 10 + i });
        expect(out).toStrictEqual({ [`extra${i}`]: i, count: i, total: String(10 + i) });
      }
    }
  });

  it('a present v3 key blocks the rename even when its value is undefined', () => {
    expect(normalize('WebcastChatMessage', { comment: 'x', content: undefined })).toStrictEqual({ comment: 'x', content: undefined });
  });
});

describe('inPlaceNormalizerFor: the per-type normaliser the frame router keeps per route', () => {
  it.each(TYPES)('%s: same result as normalizeMessageInPlace', (type) => {
    const normalize = inPlaceNormalizerFor(type);
    expect(normalize).toBeTypeOf('function');
    expect(normalize!(clone(V2[type]!))).toStrictEqual(normalizeMessageInPlace(type, clone(V2[type]!)));
  });

  it('is undefined for types that need nothing (Euler’s own items), structural for other TikTok types', () => {
    expect(inPlaceNormalizerFor('workerInfo')).toBeUndefined();
    expect(inPlaceNormalizerFor('tiktok.custom')).toBeUndefined();
    const data = { user: { userId: '1', uniqueId: 'a' }, other: 1 };
    expect(inPlaceNormalizerFor('WebcastSomethingNewMessage')!(data)).toStrictEqual({ user: { id: '1', displayId: 'a' }, other: 1 });
  });
});
