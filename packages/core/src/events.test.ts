import { describe, expect, it } from 'vitest';
import { CUSTOM_EVENT_TYPES, EULER_ITEM_TYPES, LIVE_EVENT_TYPES, isLiveEventType, isNormalisedType } from './events.js';

describe('the event type tables', () => {
  it('spell the full wire names: TikTok types (with and without the Message suffix), v2 RoomVerifyMessage and Euler types', () => {
    for (const type of ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLinkMicArmies', 'WebcastLinkmicBattleTaskMessage', 'RoomVerifyMessage', 'roomInfo', 'tiktok.rawBytes', 'SyntheticLeaveMessage']) {
      expect(isLiveEventType(type), type).toBe(true);
    }
    for (const type of ['Chat', 'WebcastChat', 'WebcastLinkMicArmiesMessage', 'ChatMessage', 'unknown', '']) {
      expect(isLiveEventType(type), type).toBe(false);
    }
    expect(LIVE_EVENT_TYPES.size).toBe(71);
  });

  it('list TikTok types in alphabetical order, then RoomVerifyMessage, then Euler types', () => {
    const types = [...LIVE_EVENT_TYPES];
    const webcast = types.filter((type) => type.startsWith('Webcast'));
    expect(types.slice(0, webcast.length)).toEqual([...webcast].sort());
    expect(types.slice(webcast.length)).toEqual(['RoomVerifyMessage', ...CUSTOM_EVENT_TYPES]);
  });

  it('say which types the v2 → v3 normaliser touches', () => {
    expect(Object.keys(EULER_ITEM_TYPES)).toEqual([...CUSTOM_EVENT_TYPES]);
    expect(isNormalisedType('WebcastChatMessage')).toBe(true);
    expect(isNormalisedType('SyntheticJoinMessage')).toBe(true);
    expect(isNormalisedType('roomInfo')).toBe(false);
    expect(isNormalisedType('tiktok.connect')).toBe(false);
    expect(isNormalisedType('toString')).toBe(true);
  });
});
