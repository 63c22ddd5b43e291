import { describe, expect, it } from 'vitest';
import { translateSchema } from './translateSchema.js';

describe('translateSchema (injected data)', () => {
  it('renames nested gift, user and image fields v2 → v3 with int32/int64 changes', () => {
    const v2 = {
      giftId: 5655,
      fanTicketCount: '3',
      repeatEnd: 1,
      user: { userId: '1', uniqueId: 'a', profilePicture: { url: ['https://x'], mUri: 'u' } },
      giftDetails: { giftName: 'Rose', giftType: 1, giftImage: { url: ['https://g'] } },
      common: { msgId: '9', displayText: { displayType: 'k', piecesList: [] } },
    };
    expect(translateSchema('WebcastGiftMessage', v2, 'v2', 'v3')).toEqual({
      giftId: '5655',
      fanTicketCount: 3,
      repeatEnd: 1,
      user: { id: '1', displayId: 'a', avatarThumb: { urlList: ['https://x'], uri: 'u' } },
      gift: { name: 'Rose', type: 1, image: { urlList: ['https://g'] } },
      common: { msgId: '9', displayText: { key: 'k', pieces: [] } },
    });
  });

  it('round-trips RoomUserSeq ranks v3 → v2', () => {
    const v3 = { total: '12', totalUser: '40', ranks: [{ score: '5', rank: '1', user: { id: '2', displayId: 'b' } }] };
    expect(translateSchema('WebcastRoomUserSeqMessage', v3, 'v3', 'v2')).toEqual({
      viewerCount: 12,
      totalUser: 40,
      ranksList: [{ coinCount: 5, rank: 1, user: { userId: '2', uniqueId: 'b' } }],
    });
  });

  it('passes unknown types and keys through, and returns the input for equal schemas', () => {
    const data = { foo: 1 };
    expect(translateSchema('WebcastUnknown', data, 'v2', 'v2')).toBe(data);
    expect(translateSchema('WebcastUnknown', { foo: 1, user: { userId: '3' } }, 'v2', 'v3')).toEqual({ foo: 1, user: { id: '3' } });
  });
});
