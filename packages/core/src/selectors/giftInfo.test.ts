import { describe, expect, it } from 'vitest';
import v2Messages from '../protocol/fixtures/v2Messages.json';
import { normalizeMessage } from '../protocol/normalizeMessage.js';
import { giftInfo } from './giftInfo.js';

describe('giftInfo', () => {
  it('reads a normalised v2 gift fixture (final event of a Rose streak)', () => {
    const gift = normalizeMessage('WebcastGiftMessage', structuredClone(v2Messages.WebcastGiftMessage));
    expect(giftInfo(gift)).toEqual({
      giftId: '5655',
      name: 'Rose',
      imageUrl: 'https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/eba3a9bb85c33e017f3648eaf88d7189~tplv-obj.png',
      diamondCount: 1,
      repeatCount: 5,
      totalDiamonds: 5,
      streakable: true,
      final: true,
    });
  });

  it('marks a streak progress event as not final (repeatEnd 0)', () => {
    const info = giftInfo({ giftId: '1', repeatCount: 3, repeatEnd: 0, gift: { type: 1, diamondCount: 10 } });
    expect(info).toMatchObject({ streakable: true, final: false, repeatCount: 3, totalDiamonds: 30 });
  });

  it('treats non-streakable gifts as final and repeatCount 0/missing as 1', () => {
    expect(giftInfo({ giftId: '2', gift: { type: 2, diamondCount: 100 } })).toMatchObject({
      streakable: false,
      final: true,
      repeatCount: 1,
      totalDiamonds: 100,
    });
    expect(giftInfo({ repeatCount: 0, gift: { diamondCount: 5 } })).toMatchObject({ repeatCount: 1, totalDiamonds: 5 });
  });

  it('falls back to the icon when the gift has no image', () => {
    expect(giftInfo({ gift: { image: { urlList: [] }, icon: { urlList: ['icon'] } } }).imageUrl).toBe('icon');
  });

  it('fills missing name, image and diamonds from a catalogue (Map or function)', () => {
    const catalog = new Map([['9', { name: 'Lion', imageUrl: 'lion.png', diamondCount: 29999 }]]);
    const fromMap = giftInfo({ giftId: '9', gift: { name: '', diamondCount: 0 } }, { catalog });
    expect(fromMap).toMatchObject({ name: 'Lion', imageUrl: 'lion.png', diamondCount: 29999, totalDiamonds: 29999 });
    const fromFn = giftInfo({ giftId: '9', gift: { name: 'Event name' } }, { catalog: (id) => catalog.get(id) });
    expect(fromFn).toMatchObject({ name: 'Event name', imageUrl: 'lion.png', diamondCount: 29999 });
  });

  it('reads v2 names on un-normalised data', () => {
    const info = giftInfo({
      giftId: 5655,
      repeatCount: 2,
      repeatEnd: 1,
      giftDetails: { giftName: 'Rose', giftType: 1, diamondCount: 1, giftImage: { url: ['r.png'] } },
    } as never);
    expect(info).toEqual({
      giftId: '5655',
      name: 'Rose',
      imageUrl: 'r.png',
      diamondCount: 1,
      repeatCount: 2,
      totalDiamonds: 2,
      streakable: true,
      final: true,
    });
  });

  it('never throws on odd input', () => {
    expect(giftInfo(null)).toEqual({
      giftId: '',
      name: '',
      imageUrl: undefined,
      diamondCount: 0,
      repeatCount: 1,
      totalDiamonds: 0,
      streakable: false,
      final: true,
    });
    expect(() => giftInfo({ gift: [] as never, repeatCount: 'abc' as never })).not.toThrow();
    expect(giftInfo({ gift: { diamondCount: -3 } }).diamondCount).toBe(0);
  });
});
