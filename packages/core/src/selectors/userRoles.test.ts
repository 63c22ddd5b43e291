import { describe, expect, it } from 'vitest';
import v2Messages from '../protocol/fixtures/v2Messages.json';
import { normalizeMessage } from '../protocol/normalizeMessage.js';
import { userRoles } from './userRoles.js';

const NONE = { moderator: false, subscriber: false, follower: false, topGifter: false, anchor: false, friend: false };

describe('userRoles', () => {
  it('maps every userIdentity flag', () => {
    expect(
      userRoles(
        {},
        {
          isModeratorOfAnchor: true,
          isSubscriberOfAnchor: true,
          isFollowerOfAnchor: true,
          isGiftGiverOfAnchor: true,
          isAnchor: true,
          isMutualFollowingWithAnchor: true,
        },
      ),
    ).toEqual({ moderator: true, subscriber: true, follower: true, topGifter: true, anchor: true, friend: true });
  });

  it('lets identity false override user-derived true', () => {
    const user = { followInfo: { followStatus: '2' } };
    expect(userRoles(user, { isFollowerOfAnchor: false, isMutualFollowingWithAnchor: false })).toEqual(NONE);
  });

  it('falls back to followInfo.followStatus (1 follows, 2 mutual)', () => {
    expect(userRoles({ followInfo: { followStatus: '1' } })).toEqual({ ...NONE, follower: true });
    expect(userRoles({ followInfo: { followStatus: '2' } })).toEqual({ ...NONE, follower: true, friend: true });
    expect(userRoles({ followInfo: { followStatus: '0' } })).toEqual(NONE);
  });

  it('falls back to badges, userAttr and subscribeInfo', () => {
    expect(userRoles({ badgeList: [{ sceneType: 1 }] })).toMatchObject({ moderator: true });
    expect(userRoles({ userAttr: { isAdmin: true } })).toMatchObject({ moderator: true });
    expect(userRoles({ badgeList: [{ sceneType: 4 }] })).toMatchObject({ subscriber: true });
    expect(userRoles({ badgeList: [{ sceneType: 7 }] })).toMatchObject({ subscriber: true });
    expect(userRoles({ subscribeInfo: { isSubscribedToAnchor: true } })).toMatchObject({ subscriber: true });
    expect(userRoles({ badgeList: [{ sceneType: 3 }] })).toMatchObject({ friend: true });
    expect(userRoles({ badgeList: [{ sceneType: 12 }] })).toMatchObject({ anchor: true });
    expect(userRoles({ badgeList: [{ sceneType: 8 }] })).toEqual(NONE);
  });

  it('uses the identity of a normalised v2 chat fixture', () => {
    const chat = normalizeMessage('WebcastChatMessage', structuredClone(v2Messages.WebcastChatMessage));
    expect(userRoles(chat['user'] as never, chat['userIdentity'] as never)).toEqual({
      moderator: true,
      subscriber: false,
      follower: true,
      topGifter: true,
      anchor: false,
      friend: false,
    });
  });

  it('returns all false for missing or odd input', () => {
    expect(userRoles(null)).toEqual(NONE);
    expect(userRoles(undefined, null)).toEqual(NONE);
    expect(userRoles({ badgeList: 'x', followInfo: [], userAttr: null } as never, 'id' as never)).toEqual(NONE);
  });
});
