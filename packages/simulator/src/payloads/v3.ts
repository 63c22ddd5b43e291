/**
 * Serialises simulator events with the v3 (PROTO3 / tiktok-live-connector 2.5)
 * field names, sent when a client asks for `features.schemaVersion=v3`
 * (PROTOCOL.md §5.3). Same JSON conventions as v2: int64 as strings, enums as
 * numbers, defaults filled, absent sub-messages omitted; `bytes` fields appear
 * the way `JSON.stringify` renders a Node Buffer.
 *
 * Written independently of `v2.ts` on purpose (test oracle for normalisers).
 */
import type { WireItem } from '@tiktok-live-rx/protocol';
import { WEBCAST_TYPE, type SimEmote, type SimEvent, type SimGift, type SimMeta, type SimUser } from './simEvent.js';

type Json = Record<string, unknown>;

const emptyBytes = (): Json => ({ type: 'Buffer', data: [] });

/** v3 `ImageModel` (`urlList[]`), the only image type in v3. */
export function v3ImageModel(url: string): Json {
  const uri = url.replace(/^https?:\/\/[^/]+\//, '').split('~', 1)[0] ?? '';
  return { urlList: [url], uri, height: 0, width: 0, avgColor: '', imageType: 0, openWebUrl: '', isAnimated: false };
}

/** v3 common text (`MessageCommonText`). */
export function v3Text(key: string, defaultPattern: string): Json {
  return { key, defaultPattern, pieces: [] };
}

/** v3 `CommonMessageData`. */
export function v3Common(method: string, meta: SimMeta, displayText?: Json): Json {
  return {
    method,
    msgId: meta.msgId,
    roomId: meta.roomId,
    createTime: String(meta.createTime),
    monitor: 0,
    isShowMsg: true,
    describe: '',
    ...(displayText ? { displayText } : {}),
    foldType: '0',
    anchorFoldType: '0',
    priorityScore: '0',
    logId: '',
    msgProcessFilterK: '',
    msgProcessFilterV: '',
    fromIdc: '',
    toIdc: '',
    filterMsgTags: [],
    anchorPriorityScore: '0',
    roomMessageHeatLevel: '0',
    foldTypeForWeb: '0',
    anchorFoldTypeForWeb: '0',
    clientSendTime: '0',
    dispatchStrategy: 0,
  };
}

/** v3 `User`. */
export function v3User(user: SimUser): Json {
  const following = user.isFollower ? '1' : '0';
  return {
    id: user.userId,
    deprecated1: '0',
    nickname: user.nickname,
    deprecated2: 0,
    bioDescription: '',
    deprecated3: 0,
    deprecated4: '0',
    deprecated5: '',
    avatarThumb: v3ImageModel(user.avatarUrl),
    avatarMedium: v3ImageModel(user.avatarUrl.replace('100x100', '720x720')),
    avatarLarge: v3ImageModel(user.avatarUrl.replace('100x100', '1080x1080')),
    verified: false,
    deprecated6: 0,
    deprecated7: '',
    status: 1,
    createTime: '0',
    modifyTime: '0',
    secret: 0,
    shareQrcodeUri: '',
    deprecated8: 0,
    badgeImageList: [],
    followInfo: {
      followingCount: String(user.followingCount),
      followerCount: String(user.followerCount),
      followStatus: following,
      pushStatus: '0',
    },
    specialId: '',
    realTimeIcons: [],
    newRealTimeIcons: [],
    topVipNo: 0,
    payScore: '0',
    ticketCount: '0',
    linkMicStats: 0,
    displayId: user.uniqueId,
    withCommercePermission: false,
    withFusionShopEntry: false,
    deprecated21: '0',
    verifiedContent: '',
    topFans: [],
    secUid: user.secUid,
    userRole: 0,
    deprecated9: emptyBytes(),
    deprecated10: emptyBytes(),
    deprecated11: emptyBytes(),
    deprecated12: 0,
    deprecated13: 0,
    deprecated14: emptyBytes(),
    mediaBadgeImageList: [],
    deprecated15: 0,
    userVipInfo: emptyBytes(),
    commerceWebcastConfigIds: [],
    borderList: [],
    badgeList: [],
    mintTypeLabel: [],
    deprecated19: false,
    allowFindByContacts: false,
    allowOthersDownloadVideo: false,
    allowOthersDownloadWhenSharingVideo: false,
    allowShareShowProfile: false,
    allowShowInGossip: false,
    allowShowMyAction: false,
    allowStrangeComment: false,
    allowUnfollowerComment: false,
    allowUseLinkmic: false,
    bgImgUrl: '',
    deprecated18: '',
    deprecated16: false,
    blockStatus: 0,
    commentRestrict: 0,
    constellation: '',
    disableIchat: 0,
    enableIchatImg: '0',
    exp: 0,
    fanTicketCount: '0',
    foldStrangerChat: false,
    followStatus: following,
    deprecated28: false,
    deprecated29: '',
    ichatRestrictType: 0,
    idStr: user.userId,
    isFollower: user.isFollower ?? false,
    isFollowing: false,
    needProfileGuide: false,
    payScores: '0',
    pushCommentStatus: false,
    pushDigg: false,
    pushFollow: false,
    pushFriendAction: false,
    pushIchat: false,
    pushStatus: false,
    pushVideoPost: false,
    pushVideoRecommend: false,
    stats: emptyBytes(),
    deprecated17: false,
    verifiedReason: '',
    withCarManagementPermission: false,
    upcomingEventList: [],
    scmLabel: '',
    isBlock: false,
    isSubscribe: user.isSubscriber ?? false,
    isAnchorMarked: false,
  };
}

/** v3 gift struct (`gift`). */
export function v3Gift(gift: SimGift): Json {
  return {
    image: v3ImageModel(gift.imageUrl),
    describe: gift.describe,
    duration: 1000,
    id: String(gift.id),
    forLinkmic: false,
    combo: gift.giftType === 1,
    type: gift.giftType,
    diamondCount: gift.diamondCount,
    isDisplayedOnPanel: true,
    primaryEffectId: '0',
    name: gift.name,
    goldEffect: '',
    icon: v3ImageModel(gift.imageUrl),
    isBroadcastGift: false,
    isEffectBefview: false,
    isRandomGift: false,
    isBoxGift: false,
    canPutInGiftBox: false,
    trackerParams: {},
    colorInfos: [],
    giftRankRecommendInfo: '',
    giftSubType: 0,
    giftVerticalScenarios: [],
    groupInTab: 0,
    isGalleryGift: false,
    giftSkins: [],
    giftLabelType: 0,
    giftTexts: [],
    giftSkinToGiftTextsInfos: [],
    expirationTimestamp: '0',
    isGlobalGift: false,
    disableGalleryBanner: false,
    giftResources: {},
    resourceId: '0',
    bizExtra: {},
    giftStructHash: '',
    strategyEvent: '',
  };
}

function v3UserIdentity(user: SimUser): Json {
  return {
    isGiftGiverOfAnchor: user.isGiftGiver ?? false,
    isSubscriberOfAnchor: user.isSubscriber ?? false,
    isMutualFollowingWithAnchor: false,
    isFollowerOfAnchor: user.isFollower ?? false,
    isModeratorOfAnchor: user.isModerator ?? false,
    isAnchor: false,
  };
}

function v3EmoteModel(emote: SimEmote): Json {
  return {
    emoteId: emote.emoteId,
    image: v3ImageModel(emote.imageUrl),
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

/** Serialises one event as a v3 wire item. */
export function toV3Item(event: SimEvent, meta: SimMeta): WireItem {
  const type = WEBCAST_TYPE[event.kind];
  return { type, data: toV3Data(event, meta, type) };
}

function toV3Data(event: SimEvent, meta: SimMeta, type: string): Json {
  switch (event.kind) {
    case 'chat':
      return {
        common: v3Common(type, meta),
        user: v3User(event.user),
        content: event.comment,
        visibleToSender: false,
        fullScreenTextColor: '',
        inputType: 0,
        emotes: (event.emotes ?? []).map((e) => ({ index: e.index ?? 0, emote: v3EmoteModel(e) })),
        contentLanguage: event.language ?? 'en',
        quickChatScene: 0,
        communityFlaggedStatus: 0,
        userIdentity: v3UserIdentity(event.user),
        commentQualityScores: [],
        commentTag: [],
        screenTime: '0',
        signature: '',
        signatureVersion: '',
        ecStreamerKey: '',
        commentLabelScores: [],
        mentionUserList: [],
        mentionUsers: [],
        isOnCommentTray: false,
      };
    case 'gift':
      return {
        common: v3Common(type, meta, v3Text('pm_mt_msg_viewer', '{0:user} sent {1:gift} {2:string}')),
        giftId: String(event.gift.id),
        fanTicketCount: event.gift.diamondCount * event.repeatCount,
        groupCount: event.groupCount,
        repeatCount: event.repeatCount,
        comboCount: event.comboCount,
        user: v3User(event.user),
        ...(event.toUser ? { toUser: v3User(event.toUser) } : {}),
        repeatEnd: event.repeatEnd ? 1 : 0,
        groupId: event.groupId,
        incomeTaskgifts: '0',
        roomFanTicketCount: '0',
        gift: v3Gift(event.gift),
        logId: '',
        sendType: '0',
        bannedDisplayEffects: '0',
        monitorExtra: '',
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
        displayDurationMs: '0',
        isAssetBundleGift: false,
        effectExtra: '',
        giftVariantId: 0,
        shinyCardUnlockToken: '',
      };
    case 'like':
      return {
        common: v3Common(type, meta, v3Text('pm_mt_msg_viewer', '{0:user} liked the LIVE')),
        count: event.count,
        total: String(event.total),
        color: 0,
        user: v3User(event.user),
        icon: '',
        icons: [],
        specifiedDisplayText: [],
        effectCnt: '0',
        likeEffect: [],
        roomMessageHeatLevel: '0',
      };
    case 'member':
      return {
        common: v3Common(type, meta, v3Text('live_room_enter_toast', '{0:user} joined')),
        user: v3User(event.user),
        memberCount: event.memberCount,
        isSetToAdmin: false,
        isTopUser: false,
        rankScore: 0,
        topUserNo: 0,
        enterType: 0,
        action: event.action,
        actionDescription: '',
        userId: event.user.userId,
        effectConfig: emptyBytes(),
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
        common: v3Common(
          type,
          meta,
          follow
            ? v3Text('pm_main_follow_message_viewer_2', '{0:user} followed the LIVE creator')
            : v3Text('pm_mt_guidance_share', '{0:user} shared the LIVE'),
        ),
        user: v3User(event.user),
        shareType: follow ? '0' : '1',
        action: follow ? '1' : '3',
        shareTarget: follow ? '' : 'copy_link',
        followCount: String(event.followCount),
        shareDisplayStyle: '0',
        shareCount: event.shareCount,
        signature: '',
        signatureVersion: '',
        showDurationMs: '0',
        followType: follow ? 1 : 0,
        targetUserId: '0',
        scene: '',
      };
    }
    case 'roomUserSeq':
      return {
        common: v3Common(type, meta),
        ranks: event.ranks.map((r) => ({
          score: String(r.coinCount),
          user: v3User(r.user),
          rank: String(r.rank),
          delta: '0',
        })),
        total: String(event.viewerCount),
        popStr: event.viewerCount >= 1000 ? `${(event.viewerCount / 1000).toFixed(1)}K` : String(event.viewerCount),
        seats: [],
        popularity: String(event.viewerCount),
        totalUser: String(event.totalUser),
        anonymous: '0',
      };
    case 'control':
      return { common: v3Common(type, meta), action: event.action, tips: event.tips ?? '', floatStyle: 0 };
    case 'subNotify':
      return {
        common: v3Common(type, meta, v3Text('ttlive_subscribe_msg', '{0:user} subscribed')),
        user: v3User(event.user),
        exhibitionType: 0,
        subMonth: String(event.subMonth),
        subscribeType: event.subscribeType,
        oldSubscribeStatus: event.oldSubscribeStatus,
        messageType: event.messageType,
        subscribingStatus: 1,
        isSend: false,
        isCustom: false,
        giftSource: 0,
        messageDisplayStyle: 0,
        packageId: '',
      };
    case 'emoteChat':
      return {
        common: v3Common(type, meta),
        user: v3User(event.user),
        emoteList: event.emotes.map(v3EmoteModel),
        userIdentity: v3UserIdentity(event.user),
      };
  }
}
