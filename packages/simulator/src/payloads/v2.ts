/**
 * Serialises simulator events with Euler's v2 schema field names (the wire
 * default, PROTOCOL.md §5.2): int64 as strings, enums as numbers, every scalar
 * present with its default, absent sub-messages omitted (§2.3).
 *
 * Written independently of `v3.ts` on purpose: the two files are the oracle
 * for a client's v2→v3 normaliser, so neither derives from the other.
 */
import type { WireItem } from '@tiktok-live-rx/protocol';
import { WEBCAST_TYPE, type SimEmote, type SimEvent, type SimGift, type SimMeta, type SimUser } from './simEvent.js';

type Json = Record<string, unknown>;

/** v2 `Image` (`url[]`), used in users, gifts and emotes. */
export function v2Image(url: string): Json {
  return { url: [url], mUri: uriOf(url), height: 0, width: 0, avgColor: '', imageType: 0, schema: '', isAnimated: false };
}

/** v2 `ImageModel` (`mUrls[]`), used for chat backgrounds. */
export function v2ImageModel(url: string): Json {
  return { mUrls: [url], mUri: uriOf(url), height: 0, width: 0, avgColor: '', imageType: 0, schema: '', isAnimated: false };
}

/** v2 `Text` (the `common.displayText` type). */
export function v2Text(displayType: string, defaultPattern: string): Json {
  return { displayType, defaultPattern, piecesList: [] };
}

/** v2 `CommonMessageData`. */
export function v2Common(method: string, meta: SimMeta, displayText?: Json): Json {
  const common: Json = {
    method,
    msgId: meta.msgId,
    roomId: meta.roomId,
    createTime: String(meta.createTime),
    monitor: 0,
    isShowMsg: true,
    describe: '',
    foldType: '0',
    anchorFoldType: '0',
    priorityScore: '0',
    logId: '',
    msgProcessFilterK: '',
    msgProcessFilterV: '',
    fromIdc: '',
    toIdc: '',
    filterMsgTagsList: [],
    anchorPriorityScore: '0',
    roomMessageHeatLevel: '0',
    foldTypeForWeb: '0',
    anchorFoldTypeForWeb: '0',
    clientSendTime: '0',
    dispatchStrategy: 0,
  };
  if (displayText) common['displayText'] = displayText;
  return common;
}

/** v2 `User`. */
export function v2User(user: SimUser): Json {
  return {
    userId: user.userId,
    nickname: user.nickname,
    profilePicture: v2Image(user.avatarUrl),
    profilePictureMedium: v2Image(user.avatarUrl.replace('100x100', '720x720')),
    profilePictureLarge: v2Image(user.avatarUrl.replace('100x100', '1080x1080')),
    bioDescription: '',
    verified: false,
    status: 1,
    createTime: '0',
    modifyTime: '0',
    secret: 0,
    shareQrcodeUri: '',
    badgeImageList: [],
    followInfo: {
      followingCount: String(user.followingCount),
      followerCount: String(user.followerCount),
      followStatus: user.isFollower ? '1' : '0',
      pushStatus: '0',
    },
    specialId: '',
    userBadges: [],
    newUserBadges: [],
    topVipNo: 0,
    payScore: '0',
    fanTicketCount: '0',
    linkMicStats: 0,
    uniqueId: user.uniqueId,
    enableShowCommerceSale: false,
    withFusionShopEntry: false,
    payScores: '0',
    verifiedContent: '',
    topFans: [],
    secUid: user.secUid,
    userRole: 0,
    mediaBadgeImageList: [],
    commerceWebcastConfigIds: [],
    borders: [],
    badges: [],
    mintTypeLabel: [],
    allowFindByContacts: false,
    allowOthersDownloadVideo: false,
    allowOthersDownloadWhenSharingVideo: false,
    allowShareShowProfile: false,
    allowShowInGossip: false,
    allowShowMyAction: false,
    allowStrangeComment: false,
    allowUnfollowerComment: false,
    allowUseLinkmic: false,
    backgroundImgUrl: '',
    blockStatus: 0,
    commentRestrict: 0,
    constellation: '',
    disableIchat: 0,
    enableIchatImg: '0',
    exp: 0,
    foldStrangerChat: false,
    followStatus: user.isFollower ? '1' : '0',
    ichatRestrictType: 0,
    idStr: user.userId,
    isFollower: user.isFollower ?? false,
    isFollowing: false,
    needProfileGuide: false,
    pushCommentStatus: false,
    pushDigg: false,
    pushFollow: false,
    pushFriendAction: false,
    pushIchat: false,
    pushStatus: false,
    pushVideoPost: false,
    pushVideoRecommend: false,
    verifiedReason: '',
    enableCarManagementPermission: false,
    upcomingEventList: [],
    scmLabel: '',
    isBlock: false,
    isSubscribe: user.isSubscriber ?? false,
    isAnchorMarked: false,
  };
}

/** v2 gift struct (`giftDetails`). */
export function v2Gift(gift: SimGift): Json {
  return {
    giftImage: v2Image(gift.imageUrl),
    describe: gift.describe,
    duration: 1000,
    id: String(gift.id),
    forLinkMic: false,
    combo: gift.giftType === 1,
    giftType: gift.giftType,
    diamondCount: gift.diamondCount,
    isDisplayedOnPanel: true,
    primaryEffectId: '0',
    giftName: gift.name,
    goldEffect: '',
    icon: v2Image(gift.imageUrl),
    isBroadcastGift: false,
    isEffectBefview: false,
    isRandomGift: false,
    isBoxGift: false,
    canPutInGiftBox: false,
  };
}

function v2UserIdentity(user: SimUser, anchor = false): Json {
  return {
    isGiftGiverOfAnchor: user.isGiftGiver ?? false,
    isSubscriberOfAnchor: user.isSubscriber ?? false,
    isMutualFollowingWithAnchor: false,
    isFollowerOfAnchor: user.isFollower ?? false,
    isModeratorOfAnchor: user.isModerator ?? false,
    isAnchor: anchor,
  };
}

function v2ChatEmote(emote: SimEmote): Json {
  return { placeInComment: emote.index ?? 0, emote: { emoteId: emote.emoteId, image: { imageUrl: emote.imageUrl } } };
}

function v2Emote(emote: SimEmote): Json {
  return {
    emoteId: emote.emoteId,
    image: v2Image(emote.imageUrl),
    auditStatus: 0,
    uuid: '',
    emoteType: 1,
    contentSource: 0,
    emotePrivateType: 0,
    packageId: '',
    rewardCondition: 0,
    createTime: '0',
    emoteScene: 0,
  };
}

/** Serialises one event as a v2 wire item. */
export function toV2Item(event: SimEvent, meta: SimMeta): WireItem {
  const type = WEBCAST_TYPE[event.kind];
  return { type, data: toV2Data(event, meta, type) };
}

function toV2Data(event: SimEvent, meta: SimMeta, type: string): Json {
  switch (event.kind) {
    case 'chat':
      return {
        common: v2Common(type, meta),
        user: v2User(event.user),
        comment: event.comment,
        visibleToSender: false,
        fullScreenTextColor: '',
        inputType: 0,
        emotes: (event.emotes ?? []).map(v2ChatEmote),
        contentLanguage: event.language ?? 'en',
        quickChatScene: 0,
        communityflaggedStatus: 0,
        commentQualityScores: [],
        userIdentity: v2UserIdentity(event.user),
        commentTag: [],
        screenTime: '0',
        signature: '',
        signatureVersion: '',
        ecStreamerKey: '',
      };
    case 'gift':
      return {
        common: v2Common(type, meta, v2Text('pm_mt_msg_viewer', '{0:user} sent {1:gift} {2:string}')),
        giftId: event.gift.id,
        fanTicketCount: String(event.gift.diamondCount * event.repeatCount),
        groupCount: event.groupCount,
        repeatCount: event.repeatCount,
        comboCount: event.comboCount,
        user: v2User(event.user),
        ...(event.toUser ? { toUser: v2User(event.toUser) } : {}),
        repeatEnd: event.repeatEnd ? 1 : 0,
        groupId: event.groupId,
        incomeTaskgifts: '0',
        roomFanTicketCount: '0',
        giftDetails: v2Gift(event.gift),
        monitorExtra: '',
        logId: '',
        sendType: '0',
        bannedDisplayEffects: '0',
        colorId: '0',
        isFirstSent: event.isFirstSent ?? false,
        orderId: '',
        lynxExtra: [],
        linkmicGiftExpressionStrategy: 0,
        disableGiftTracking: false,
        version: 0,
        sponsorshipInfo: [],
        signature: '',
        signatureVersion: '',
        multiGenerateMessage: false,
        toMemberId: '',
        toMemberIdInt: '0',
        toMemberNickname: '',
      };
    case 'like':
      return {
        common: v2Common(type, meta, v2Text('pm_mt_msg_viewer', '{0:user} liked the LIVE')),
        likeCount: event.count,
        totalLikeCount: event.total,
        color: 0,
        user: v2User(event.user),
        icon: '',
        icons: [],
        specifiedDisplayText: [],
        effectCnt: '0',
        likeEffect: [],
        roomMessageHeatLevel: '0',
      };
    case 'member':
      return {
        common: v2Common(type, meta, v2Text('live_room_enter_toast', '{0:user} joined')),
        user: v2User(event.user),
        memberCount: event.memberCount,
        isSetToAdmin: false,
        isTopUser: false,
        rankScore: '0',
        topUserNo: '0',
        enterType: '0',
        action: event.action,
        actionDescription: '',
        userId: event.user.userId,
        popStr: '',
        clientEnterSource: 'homepage_hot-live_cell',
        clientEnterType: '',
        clientLiveReason: '',
        actionDuration: '0',
        userShareType: '',
        displayStyle: 0,
        adminPermissions: {},
        kickSource: 0,
        allowPreviewTime: '0',
        lastSubscriptionAction: '0',
        liveSubOnlyTier: '0',
        liveSubOnlyMonth: '0',
        ecStreamerKey: '',
        showWave: '0',
        hitAbStatus: 0,
      };
    case 'social': {
      const follow = event.action === 'follow';
      return {
        common: v2Common(
          type,
          meta,
          follow
            ? v2Text('pm_main_follow_message_viewer_2', '{0:user} followed the LIVE creator')
            : v2Text('pm_mt_guidance_share', '{0:user} shared the LIVE'),
        ),
        user: v2User(event.user),
        shareType: follow ? '0' : '1',
        action: follow ? '1' : '3',
        shareTarget: follow ? '' : 'copy_link',
        followCount: event.followCount,
        shareDisplayStyle: '0',
        shareCount: event.shareCount,
        signature: '',
        signatureVersion: '',
        showDurationMs: '0',
      };
    }
    case 'roomUserSeq':
      return {
        common: v2Common(type, meta),
        ranksList: event.ranks.map((r) => ({
          coinCount: r.coinCount,
          user: v2User(r.user),
          rank: r.rank,
          delta: '0',
        })),
        viewerCount: event.viewerCount,
        popStr: formatPop(event.viewerCount),
        seatsList: [],
        popularity: String(event.viewerCount),
        totalUser: event.totalUser,
        anonymous: '0',
      };
    case 'control':
      return { common: v2Common(type, meta), action: event.action, tips: event.tips ?? '', floatStyle: 0 };
    case 'subNotify':
      return {
        common: v2Common(type, meta, v2Text('ttlive_subscribe_msg', '{0:user} subscribed')),
        user: v2User(event.user),
        exhibitionType: 0,
        subMonth: String(event.subMonth),
        subscribeType: event.subscribeType,
        oldSubscribeStatus: event.oldSubscribeStatus,
        subscribeMessageType: event.messageType,
        subscribingStatus: 1,
        isSend: false,
        isCustom: false,
        giftSource: 0,
        messageDisplayStyle: 0,
        packageId: '',
      };
    case 'emoteChat':
      return {
        common: v2Common(type, meta),
        user: v2User(event.user),
        emoteList: event.emotes.map(v2Emote),
        userIdentity: v2UserIdentity(event.user),
      };
  }
}

function uriOf(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+\//, '');
  return path.split('~', 1)[0] ?? path;
}

function formatPop(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(1)}K` : String(n);
}
