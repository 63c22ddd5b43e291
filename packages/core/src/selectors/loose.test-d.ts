import type { User, UserIdentity, WebcastChatMessage, WebcastEmoteChatMessage, WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { describe, expectTypeOf, it } from 'vitest';
import { avatarUrl } from './avatarUrl.js';
import { chatSegments, type ChatSegment } from './chatSegments.js';
import { displayName } from './displayName.js';
import { giftInfo, type GiftInfo } from './giftInfo.js';
import type { Loose } from './loose.js';
import { userRoles, type UserRoles } from './userRoles.js';

describe('selectors accept full tiktok-live-connector v3 types and partial objects', () => {
  it('full types are assignable to Loose<T>', () => {
    expectTypeOf<User>().toExtend<Loose<User>>();
    expectTypeOf<WebcastChatMessage>().toExtend<Loose<WebcastChatMessage>>();
    expectTypeOf<WebcastGiftMessage>().toExtend<Loose<WebcastGiftMessage>>();
  });

  it('typed signatures', () => {
    expectTypeOf(avatarUrl).toBeCallableWith({} as User, { size: 'large' });
    expectTypeOf(avatarUrl).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf(displayName).toBeCallableWith({} as User);
    expectTypeOf(chatSegments).toBeCallableWith({} as WebcastChatMessage);
    expectTypeOf(chatSegments).toBeCallableWith({} as WebcastEmoteChatMessage);
    expectTypeOf(chatSegments).returns.toEqualTypeOf<ChatSegment[]>();
    expectTypeOf(userRoles).toBeCallableWith({} as User, {} as UserIdentity);
    expectTypeOf(userRoles).returns.toEqualTypeOf<UserRoles>();
    expectTypeOf(giftInfo).toBeCallableWith({} as WebcastGiftMessage);
    expectTypeOf(giftInfo).returns.toEqualTypeOf<GiftInfo>();
  });

  it('partial nested objects type-check', () => {
    expectTypeOf(avatarUrl).toBeCallableWith({ avatarThumb: { urlList: ['u'] } });
    expectTypeOf(chatSegments).toBeCallableWith({ content: 'x', emotes: [{ index: 1, emote: { emoteId: '1' } }] });
  });

  it('rejects wrong option values', () => {
    // @ts-expect-error: not an AvatarSize
    avatarUrl({}, { size: 'huge' });
  });
});
