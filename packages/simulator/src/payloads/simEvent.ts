/**
 * The simulator's schema-neutral description of TikTok events. Scenarios emit
 * these; `toV2Item` / `toV3Item` serialise them independently into the two
 * wire schemas (PROTOCOL.md §5), so the simulator can act as an oracle for a
 * client's v2→v3 normaliser.
 */

/** A TikTok user as the simulator models it. */
export interface SimUser {
  /** Numeric user id (int64, as a decimal string). */
  userId: string;
  /** The @handle, without `@`. */
  uniqueId: string;
  /** Display name. */
  nickname: string;
  /** Avatar URL (the first of the avatar URL list). */
  avatarUrl: string;
  /** Opaque secure user id. */
  secUid: string;
  /** Followers of this user. */
  followerCount: number;
  /** Accounts this user follows. */
  followingCount: number;
  /** Follows the creator. @default false */
  isFollower?: boolean;
  /** Moderator of the creator's room. @default false */
  isModerator?: boolean;
  /** Subscriber of the creator. @default false */
  isSubscriber?: boolean;
  /** Has sent the creator gifts before. @default false */
  isGiftGiver?: boolean;
  /** Top-gifter level badge (0 = none). @default 0 */
  payGrade?: number;
}

/** A gift from the catalogue. */
export interface SimGift {
  /** Gift id. */
  id: number;
  /** Gift name, e.g. `Rose`. */
  name: string;
  /** Price in diamonds for one gift. */
  diamondCount: number;
  /** `1` = streakable (combo) gift; anything else is sent once (PROTOCOL.md §5.4). */
  giftType: number;
  /** Gift icon URL. */
  imageUrl: string;
  /** Short description, e.g. `sent Rose`. */
  describe: string;
}

/** An emote used in chat or as an emote-chat message. */
export interface SimEmote {
  /** Emote id. */
  emoteId: string;
  /** Image URL. */
  imageUrl: string;
  /** Position of the emote in the comment (chat only). @default 0 */
  index?: number;
}

/** One TikTok message, schema-neutral. `kind` picks the Webcast message type. */
export type SimEvent =
  | { kind: 'chat'; user: SimUser; comment: string; emotes?: SimEmote[]; language?: string }
  | {
      kind: 'gift';
      user: SimUser;
      gift: SimGift;
      repeatCount: number;
      /** True on the final event of a streak. Serialised as 0/1. */
      repeatEnd: boolean;
      /** Streak id (int64 decimal string). */
      groupId: string;
      comboCount: number;
      groupCount: number;
      toUser?: SimUser;
      isFirstSent?: boolean;
    }
  | { kind: 'like'; user: SimUser; count: number; total: number }
  | { kind: 'member'; user: SimUser; action: number; memberCount: number }
  | { kind: 'social'; user: SimUser; action: 'follow' | 'share'; followCount: number; shareCount: number }
  | {
      kind: 'roomUserSeq';
      viewerCount: number;
      totalUser: number;
      ranks: { user: SimUser; coinCount: number; rank: number }[];
    }
  | { kind: 'control'; action: number; tips?: string }
  | {
      kind: 'subNotify';
      user: SimUser;
      subMonth: number;
      subscribeType: number;
      oldSubscribeStatus: number;
      messageType: number;
    }
  | { kind: 'emoteChat'; user: SimUser; emotes: SimEmote[] };

/** Per-message envelope values the room assigns (`common.*`). */
export interface SimMeta {
  /** Unique message id (int64 decimal string). */
  msgId: string;
  /** Room id (int64 decimal string). */
  roomId: string;
  /** Epoch milliseconds, monotonic per room. */
  createTime: number;
}

/** The Webcast message type name for each event kind. */
export const WEBCAST_TYPE: { readonly [K in SimEvent['kind']]: string } = {
  chat: 'WebcastChatMessage',
  gift: 'WebcastGiftMessage',
  like: 'WebcastLikeMessage',
  member: 'WebcastMemberMessage',
  social: 'WebcastSocialMessage',
  roomUserSeq: 'WebcastRoomUserSeqMessage',
  control: 'WebcastControlMessage',
  subNotify: 'WebcastSubNotifyMessage',
  emoteChat: 'WebcastEmoteChatMessage',
};

/** Users mentioned by an event (for synthetic presence). */
export function usersOf(event: SimEvent): SimUser[] {
  switch (event.kind) {
    case 'roomUserSeq':
    case 'control':
      return [];
    default:
      return [event.user];
  }
}
