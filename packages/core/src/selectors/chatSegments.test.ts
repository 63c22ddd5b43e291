import { describe, expect, it } from 'vitest';
import v2Messages from '../protocol/fixtures/v2Messages.json';
import { normalizeMessage } from '../protocol/normalizeMessage.js';
import { chatSegments } from './chatSegments.js';

const emote = (index: number | undefined, emoteId: string, url = `https://e/${emoteId}.png`) => ({
  ...(index === undefined ? {} : { index }),
  emote: { emoteId, image: { urlList: [url] } },
});

describe('chatSegments', () => {
  it('returns one text segment for a plain message', () => {
    expect(chatSegments({ content: 'hello' })).toEqual([{ kind: 'text', text: 'hello' }]);
  });

  it('inserts an emote before the character at its index', () => {
    expect(chatSegments({ content: 'hi there', emotes: [emote(3, 'a')] })).toEqual([
      { kind: 'text', text: 'hi ' },
      { kind: 'emote', emoteId: 'a', imageUrl: 'https://e/a.png' },
      { kind: 'text', text: 'there' },
    ]);
  });

  it('treats a missing index as 0 (TLC PR#134)', () => {
    expect(chatSegments({ content: 'yo', emotes: [emote(undefined, 'a')] })).toEqual([
      { kind: 'emote', emoteId: 'a', imageUrl: 'https://e/a.png' },
      { kind: 'text', text: 'yo' },
    ]);
  });

  it('handles emote-only messages', () => {
    expect(chatSegments({ content: '', emotes: [emote(undefined, 'a'), emote(0, 'b')] })).toEqual([
      { kind: 'emote', emoteId: 'a', imageUrl: 'https://e/a.png' },
      { kind: 'emote', emoteId: 'b', imageUrl: 'https://e/b.png' },
    ]);
  });

  it('orders emotes by index, keeping payload order for equal indexes', () => {
    const segments = chatSegments({ content: 'abcdef', emotes: [emote(4, 'late'), emote(1, 'x'), emote(1, 'y')] });
    expect(segments.map((s) => (s.kind === 'text' ? s.text : `<${s.emoteId}>`)).join('')).toBe('a<x><y>bcd<late>ef');
  });

  it('clamps out-of-range indexes: negative → start, past the end → appended', () => {
    const segments = chatSegments({ content: 'abc', emotes: [emote(99, 'end'), emote(-5, 'start')] });
    expect(segments.map((s) => (s.kind === 'text' ? s.text : `<${s.emoteId}>`)).join('')).toBe('<start>abc<end>');
  });

  it('counts indexes in UTF-16 code units and never splits a surrogate pair', () => {
    // '😀' is two code units: index 2 is after it, index 1 would split it.
    expect(chatSegments({ content: '😀ab', emotes: [emote(2, 'e')] })).toEqual([
      { kind: 'text', text: '😀' },
      { kind: 'emote', emoteId: 'e', imageUrl: 'https://e/e.png' },
      { kind: 'text', text: 'ab' },
    ]);
    const split = chatSegments({ content: '😀ab', emotes: [emote(1, 'e')] });
    expect(split[0]).toEqual({ kind: 'text', text: '😀' });
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const s of split) if (s.kind === 'text') expect(s.text).not.toMatch(loneSurrogate);
  });

  it('tolerates odd entries: null, missing emote, missing image, numeric ids and string indexes', () => {
    expect(
      chatSegments({
        content: 'ab',
        emotes: [null, { index: 1 }, { index: '1', emote: { emoteId: 7 } }] as never,
      }),
    ).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'emote', emoteId: '' },
      { kind: 'emote', emoteId: '7' },
      { kind: 'text', text: 'b' },
    ]);
    expect(chatSegments(null)).toEqual([]);
    expect(chatSegments({})).toEqual([]);
    expect(chatSegments({ content: 5, emotes: 'x' } as never)).toEqual([]);
  });

  it('works on a normalised v2 chat fixture', () => {
    const data = normalizeMessage('WebcastChatMessage', structuredClone(v2Messages.WebcastChatMessage));
    expect(chatSegments(data)).toEqual([
      { kind: 'text', text: 'hi ' },
      {
        kind: 'emote',
        emoteId: '7301',
        imageUrl: 'https://p16-webcast.tiktokcdn.com/webcast-va/sub_emote_7301.png~tplv-obj.image',
      },
      { kind: 'text', text: '[wave] there' },
    ]);
  });

  it('reads v2 comment / placeInComment / imageUrl on un-normalised data', () => {
    expect(
      chatSegments({ comment: 'ab', emotes: [{ placeInComment: 1, emote: { emoteId: 'z', image: { imageUrl: 'u' } } }] } as never),
    ).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'emote', emoteId: 'z', imageUrl: 'u' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('turns an emote chat message (emoteList) into emote segments', () => {
    expect(chatSegments({ emoteList: [{ emoteId: '1', image: { urlList: ['u1'] } }, { emoteId: '2' }] })).toEqual([
      { kind: 'emote', emoteId: '1', imageUrl: 'u1' },
      { kind: 'emote', emoteId: '2' },
    ]);
  });
});
