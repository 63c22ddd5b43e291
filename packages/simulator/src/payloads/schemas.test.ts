import { describe, expect, it } from 'vitest';
import { GIFT_CATALOG } from '../generators/giftCatalog.js';
import { giftStreak } from '../generators/giftStreak.js';
import { createUserPool } from '../generators/userPool.js';
import { createRng } from '../random/createRng.js';
import type { SimEvent, SimMeta } from './simEvent.js';
import { toV2Item } from './v2.js';
import { toV3Item } from './v3.js';

const user = createUserPool(createRng(3), 3).all[0]!;
const meta: SimMeta = { msgId: '7300000000000000123', roomId: '7400000000000000001', createTime: 1_700_000_000_123 };
const rose = GIFT_CATALOG.find((g) => g.name === 'Rose')!;
const d2 = (event: SimEvent) => toV2Item(event, meta).data as Record<string, any>;
const d3 = (event: SimEvent) => toV3Item(event, meta).data as Record<string, any>;

describe('v2 vs v3 serialisation', () => {
  it('common: int64 as strings, filterMsgTagsList → filterMsgTags', () => {
    const chat: SimEvent = { kind: 'chat', user, comment: 'hi' };
    expect(d2(chat).common).toMatchObject({ method: 'WebcastChatMessage', msgId: meta.msgId, roomId: meta.roomId, createTime: '1700000000123', filterMsgTagsList: [] });
    expect(d3(chat).common).toMatchObject({ msgId: meta.msgId, createTime: '1700000000123', filterMsgTags: [] });
    expect(d3(chat).common).not.toHaveProperty('filterMsgTagsList');
  });

  it('User: userId/uniqueId/profilePicture{url[]} → id/displayId/avatarThumb{urlList[]}', () => {
    const v2 = d2({ kind: 'chat', user, comment: 'x' }).user;
    const v3 = d3({ kind: 'chat', user, comment: 'x' }).user;
    expect(v2).toMatchObject({ userId: user.userId, uniqueId: user.uniqueId, nickname: user.nickname, profilePicture: { url: [user.avatarUrl] } });
    expect(v2.followInfo.followerCount).toBe(String(user.followerCount));
    expect(v3).toMatchObject({ id: user.userId, displayId: user.uniqueId, nickname: user.nickname, avatarThumb: { urlList: [user.avatarUrl] } });
    expect(v3).not.toHaveProperty('userId');
    expect(v3).not.toHaveProperty('uniqueId');
    expect(v2).not.toHaveProperty('displayId');
    expect(v2).toHaveProperty('badges');
    expect(v3).toHaveProperty('badgeList');
  });

  it('Chat: comment → content, emote placeInComment/imageUrl → index/urlList', () => {
    const chat: SimEvent = { kind: 'chat', user, comment: 'hello', emotes: [{ emoteId: 'e1', imageUrl: 'https://e/1.png', index: 5 }] };
    expect(d2(chat)).toMatchObject({ comment: 'hello', emotes: [{ placeInComment: 5, emote: { emoteId: 'e1', image: { imageUrl: 'https://e/1.png' } } }] });
    expect(d3(chat)).toMatchObject({ content: 'hello', emotes: [{ index: 5, emote: { emoteId: 'e1', image: { urlList: ['https://e/1.png'] } } }] });
    expect(d2(chat)).toHaveProperty('communityflaggedStatus', 0);
    expect(d3(chat)).toHaveProperty('communityFlaggedStatus', 0);
  });

  it('Gift: giftId number→string, fanTicketCount string→number, giftDetails→gift, repeatEnd 0/1', () => {
    const [first, , final] = giftStreak(user, rose, 2, '99');
    expect(d2(first!)).toMatchObject({ giftId: 5655, repeatEnd: 0, repeatCount: 1, groupId: '99', fanTicketCount: '1' });
    expect(d2(first!).giftDetails).toMatchObject({ giftName: 'Rose', giftType: 1, diamondCount: 1, combo: true, giftImage: { url: [rose.imageUrl] } });
    expect(d2(final!)).toMatchObject({ repeatEnd: 1, repeatCount: 2 });
    expect(d3(first!)).toMatchObject({ giftId: '5655', repeatEnd: 0, fanTicketCount: 1 });
    expect(d3(first!).gift).toMatchObject({ name: 'Rose', type: 1, diamondCount: 1, combo: true, image: { urlList: [rose.imageUrl] } });
    expect(d3(first!)).not.toHaveProperty('giftDetails');
  });

  it('Like: likeCount/totalLikeCount(number) → count/total(string)', () => {
    const like: SimEvent = { kind: 'like', user, count: 5, total: 1234 };
    expect(d2(like)).toMatchObject({ likeCount: 5, totalLikeCount: 1234 });
    expect(d3(like)).toMatchObject({ count: 5, total: '1234' });
  });

  it('Member: action as a number; rankScore/enterType string → number; effectConfig bytes in v3', () => {
    const member: SimEvent = { kind: 'member', user, action: 1, memberCount: 10 };
    expect(d2(member)).toMatchObject({ action: 1, memberCount: 10, rankScore: '0', enterType: '0', userId: user.userId });
    expect(d3(member)).toMatchObject({ action: 1, memberCount: 10, rankScore: 0, enterType: 0, effectConfig: { type: 'Buffer', data: [] } });
  });

  it('Social: displayText.displayType → key; followCount number → string', () => {
    const follow: SimEvent = { kind: 'social', user, action: 'follow', followCount: 7, shareCount: 0 };
    const share: SimEvent = { kind: 'social', user, action: 'share', followCount: 7, shareCount: 3 };
    expect(d2(follow).common.displayText.displayType).toBe('pm_main_follow_message_viewer_2');
    expect(d2(share).common.displayText.displayType).toBe('pm_mt_guidance_share');
    expect(d3(follow).common.displayText.key).toBe('pm_main_follow_message_viewer_2');
    expect(d3(share).common.displayText).toMatchObject({ key: 'pm_mt_guidance_share', pieces: [] });
    expect(d2(follow)).toMatchObject({ action: '1', followCount: 7 });
    expect(d3(follow)).toMatchObject({ action: '1', followCount: '7' });
    expect(d2(share)).toMatchObject({ action: '3', shareCount: 3 });
  });

  it('RoomUserSeq: viewerCount/ranksList/coinCount → total/ranks/score (strings)', () => {
    const seq: SimEvent = { kind: 'roomUserSeq', viewerCount: 1500, totalUser: 9000, ranks: [{ user, coinCount: 30, rank: 1 }] };
    expect(d2(seq)).toMatchObject({ viewerCount: 1500, totalUser: 9000, ranksList: [{ coinCount: 30, rank: 1, user: { userId: user.userId } }] });
    expect(d3(seq)).toMatchObject({ total: '1500', totalUser: '9000', ranks: [{ score: '30', rank: '1', user: { id: user.userId } }] });
  });

  it('Control: identical in both schemas', () => {
    const control: SimEvent = { kind: 'control', action: 3 };
    const { common: c2, ...v2 } = d2(control);
    const { common: c3, ...v3 } = d3(control);
    expect(v2).toEqual({ action: 3, tips: '', floatStyle: 0 });
    expect(v3).toEqual(v2);
    expect(c2.msgId).toBe(c3.msgId);
  });

  it('SubNotify: subscribeMessageType → messageType, subMonth as string', () => {
    const sub: SimEvent = { kind: 'subNotify', user, subMonth: 3, subscribeType: 1, oldSubscribeStatus: 1, messageType: 1 };
    expect(d2(sub)).toMatchObject({ subMonth: '3', subscribeMessageType: 1 });
    expect(d3(sub)).toMatchObject({ subMonth: '3', messageType: 1 });
    expect(d3(sub)).not.toHaveProperty('subscribeMessageType');
  });

  it('EmoteChat: image url[] → urlList[]', () => {
    const emote: SimEvent = { kind: 'emoteChat', user, emotes: [{ emoteId: 'e2', imageUrl: 'https://e/2.png' }] };
    expect(d2(emote).emoteList[0]).toMatchObject({ emoteId: 'e2', image: { url: ['https://e/2.png'], mUri: expect.any(String) } });
    expect(d3(emote).emoteList[0]).toMatchObject({ emoteId: 'e2', image: { urlList: ['https://e/2.png'], uri: expect.any(String) } });
  });

  it('leaves no undefined values and uses only strings/numbers/booleans/arrays/objects', () => {
    const events: SimEvent[] = [
      { kind: 'chat', user, comment: 'x' },
      ...giftStreak(user, rose, 2, '1'),
      { kind: 'like', user, count: 1, total: 1 },
      { kind: 'member', user, action: 1, memberCount: 1 },
      { kind: 'social', user, action: 'follow', followCount: 1, shareCount: 0 },
      { kind: 'roomUserSeq', viewerCount: 1, totalUser: 1, ranks: [] },
      { kind: 'control', action: 3 },
      { kind: 'subNotify', user, subMonth: 1, subscribeType: 0, oldSubscribeStatus: 0, messageType: 1 },
      { kind: 'emoteChat', user, emotes: [] },
    ];
    const walk = (value: unknown, path: string): void => {
      expect(value, path).not.toBeUndefined();
      expect(value, path).not.toBeNull();
      if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) walk(v, `${path}.${k}`);
    };
    for (const event of events) {
      walk(JSON.parse(JSON.stringify(toV2Item(event, meta))), `v2 ${event.kind}`);
      walk(JSON.parse(JSON.stringify(toV3Item(event, meta))), `v3 ${event.kind}`);
      expect(JSON.parse(JSON.stringify(toV2Item(event, meta)))).toEqual(toV2Item(event, meta));
    }
  });
});
