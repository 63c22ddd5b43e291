/**
 * The event model: which payload type each wire `type` carries once normalised
 * to tiktok-live-connector's (v3) shapes, which it re-exports from tiktok-live-proto.
 * Type-only imports: tiktok-live-proto is AGPL-3.0 and never loaded at run time.
 */
import type {
  WebcastAccessControlMessage,
  WebcastAccessRecallMessage,
  WebcastBarrageMessage,
  WebcastBoostCardMessage,
  WebcastBottomMessage,
  WebcastCapsuleMessage,
  WebcastCaptionMessage,
  WebcastChatMessage,
  WebcastControlMessage,
  WebcastEmoteChatMessage,
  WebcastEnvelopeMessage,
  WebcastGameRankNotifyMessage,
  WebcastGiftBroadcastMessage,
  WebcastGiftDynamicRestrictionMessage,
  WebcastGiftMessage,
  WebcastGiftPanelUpdateMessage,
  WebcastGiftPromptMessage,
  WebcastGoalUpdateMessage,
  WebcastGuideMessage,
  WebcastHourlyRankRewardMessage,
  WebcastImDeleteMessage,
  WebcastImEnterRoomMessage,
  WebcastInRoomBannerMessage,
  WebcastLikeMessage,
  WebcastLinkLayerMessage,
  WebcastLinkMessage,
  WebcastLinkMicArmies,
  WebcastLinkMicBattle,
  WebcastLinkMicBattleItemCard,
  WebcastLinkMicBattlePunishFinish,
  WebcastLinkMicFanTicketMethod,
  WebcastLinkMicLayoutStateMessage,
  WebcastLinkMicMethod,
  WebcastLinkStateMessage,
  WebcastLinkmicBattleTaskMessage,
  WebcastLiveGameIntroMessage,
  WebcastLiveIntroMessage,
  WebcastMarqueeAnnouncementMessage,
  WebcastMemberMessage,
  WebcastMsgDetectMessage,
  WebcastNoticeMessage,
  WebcastOecLiveShoppingMessage,
  WebcastPartnershipDropsUpdateMessage,
  WebcastPartnershipGameOfflineMessage,
  WebcastPartnershipPunishMessage,
  WebcastPerceptionMessage,
  WebcastPollMessage,
  WebcastQuestionNewMessage,
  WebcastRankTextMessage,
  WebcastRankUpdateMessage,
  WebcastRoomMessage,
  WebcastRoomNotifyMessage,
  WebcastRoomPinMessage,
  WebcastRoomUserSeqMessage,
  WebcastRoomVerifyMessage,
  WebcastSocialMessage,
  WebcastSpeakerMessage,
  WebcastSubNotifyMessage,
  WebcastSubPinEventMessage,
  WebcastSystemMessage,
  WebcastToastMessage,
  WebcastUnauthorizedMemberMessage,
  WebcastViewerPicksUpdateMessage,
} from 'tiktok-live-proto/v3';
import type { TikTokConnectData, TikTokDisconnectData, WorkerInfoData } from '@tiktok-live-rx/protocol';

/** TikTok message types by wire name (v2 and v3 wire names), with their normalised (v3) payload. */
export interface TikTokEventMap {
  WebcastAccessControlMessage: WebcastAccessControlMessage;
  WebcastAccessRecallMessage: WebcastAccessRecallMessage;
  WebcastBarrageMessage: WebcastBarrageMessage;
  WebcastBoostCardMessage: WebcastBoostCardMessage;
  WebcastBottomMessage: WebcastBottomMessage;
  WebcastCapsuleMessage: WebcastCapsuleMessage;
  WebcastCaptionMessage: WebcastCaptionMessage;
  WebcastChatMessage: WebcastChatMessage;
  WebcastControlMessage: WebcastControlMessage;
  WebcastEmoteChatMessage: WebcastEmoteChatMessage;
  WebcastEnvelopeMessage: WebcastEnvelopeMessage;
  WebcastGameRankNotifyMessage: WebcastGameRankNotifyMessage;
  WebcastGiftBroadcastMessage: WebcastGiftBroadcastMessage;
  WebcastGiftDynamicRestrictionMessage: WebcastGiftDynamicRestrictionMessage;
  WebcastGiftMessage: WebcastGiftMessage;
  WebcastGiftPanelUpdateMessage: WebcastGiftPanelUpdateMessage;
  WebcastGiftPromptMessage: WebcastGiftPromptMessage;
  WebcastGoalUpdateMessage: WebcastGoalUpdateMessage;
  WebcastGuideMessage: WebcastGuideMessage;
  WebcastHourlyRankRewardMessage: WebcastHourlyRankRewardMessage;
  WebcastImDeleteMessage: WebcastImDeleteMessage;
  WebcastImEnterRoomMessage: WebcastImEnterRoomMessage;
  WebcastInRoomBannerMessage: WebcastInRoomBannerMessage;
  WebcastLikeMessage: WebcastLikeMessage;
  WebcastLinkLayerMessage: WebcastLinkLayerMessage;
  WebcastLinkMessage: WebcastLinkMessage;
  WebcastLinkMicArmies: WebcastLinkMicArmies;
  WebcastLinkMicBattle: WebcastLinkMicBattle;
  WebcastLinkMicBattleItemCard: WebcastLinkMicBattleItemCard;
  WebcastLinkMicBattlePunishFinish: WebcastLinkMicBattlePunishFinish;
  WebcastLinkMicFanTicketMethod: WebcastLinkMicFanTicketMethod;
  WebcastLinkMicLayoutStateMessage: WebcastLinkMicLayoutStateMessage;
  WebcastLinkMicMethod: WebcastLinkMicMethod;
  WebcastLinkStateMessage: WebcastLinkStateMessage;
  WebcastLinkmicBattleTaskMessage: WebcastLinkmicBattleTaskMessage;
  WebcastLiveGameIntroMessage: WebcastLiveGameIntroMessage;
  WebcastLiveIntroMessage: WebcastLiveIntroMessage;
  WebcastMarqueeAnnouncementMessage: WebcastMarqueeAnnouncementMessage;
  WebcastMemberMessage: WebcastMemberMessage;
  WebcastMsgDetectMessage: WebcastMsgDetectMessage;
  WebcastNoticeMessage: WebcastNoticeMessage;
  WebcastOecLiveShoppingMessage: WebcastOecLiveShoppingMessage;
  WebcastPartnershipDropsUpdateMessage: WebcastPartnershipDropsUpdateMessage;
  WebcastPartnershipGameOfflineMessage: WebcastPartnershipGameOfflineMessage;
  WebcastPartnershipPunishMessage: WebcastPartnershipPunishMessage;
  WebcastPerceptionMessage: WebcastPerceptionMessage;
  WebcastPollMessage: WebcastPollMessage;
  WebcastQuestionNewMessage: WebcastQuestionNewMessage;
  WebcastRankTextMessage: WebcastRankTextMessage;
  WebcastRankUpdateMessage: WebcastRankUpdateMessage;
  WebcastRoomMessage: WebcastRoomMessage;
  WebcastRoomNotifyMessage: WebcastRoomNotifyMessage;
  WebcastRoomPinMessage: WebcastRoomPinMessage;
  WebcastRoomUserSeqMessage: WebcastRoomUserSeqMessage;
  WebcastRoomVerifyMessage: WebcastRoomVerifyMessage;
  WebcastSocialMessage: WebcastSocialMessage;
  WebcastSpeakerMessage: WebcastSpeakerMessage;
  WebcastSubNotifyMessage: WebcastSubNotifyMessage;
  WebcastSubPinEventMessage: WebcastSubPinEventMessage;
  WebcastSystemMessage: WebcastSystemMessage;
  WebcastToastMessage: WebcastToastMessage;
  WebcastUnauthorizedMemberMessage: WebcastUnauthorizedMemberMessage;
  WebcastViewerPicksUpdateMessage: WebcastViewerPicksUpdateMessage;
  /** Euler's v2 schema sends this one without the `Webcast` prefix. */
  RoomVerifyMessage: WebcastRoomVerifyMessage;
}

/** A user as synthetic presence items carry it (PROTOCOL.md §2.4), normalised to v3 names. */
export interface PresenceUser {
  id: string;
  displayId: string;
  nickname: string;
  avatarThumb?: { urlList: string[] } | undefined;
}

/** `SyntheticJoinMessage` / `SyntheticLeaveMessage` data. */
export interface PresenceRecord {
  user: PresenceUser;
  /** Epoch ms of the first event the user was seen in. */
  firstSeen: number;
  /** Epoch ms of the last event the user was seen in. */
  lastSeen: number;
}

/**
 * Room info as the service sends it (`roomInfo` item). The service types it
 * loosely; the fields below are the ones this library reads, all optional.
 */
export interface RoomInfo {
  /** TikTok's room-info response, as the service forwards it. */
  raw?: RoomInfoRaw;
  [key: string]: unknown;
}

/** The parts of TikTok's room object this library reads. */
export interface RoomInfoRaw {
  id?: string;
  id_str?: string;
  title?: string;
  status?: number;
  create_time?: number;
  owner?: {
    id_str?: string;
    display_id?: string;
    nickname?: string;
    avatar_thumb?: { url_list?: string[] };
    [key: string]: unknown;
  };
  user_count?: number;
  stats?: { total_user?: number; like_count?: number; [key: string]: unknown };
  stream_url?: {
    hls_pull_url?: string;
    flv_pull_url?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Euler's own item types and their data. */
export interface CustomEventMap {
  workerInfo: WorkerInfoData;
  roomInfo: RoomInfo;
  'tiktok.connect': TikTokConnectData;
  'tiktok.disconnect': TikTokDisconnectData;
  'tiktok.rawBytes': { raw: string };
  SyntheticJoinMessage: PresenceRecord;
  SyntheticLeaveMessage: PresenceRecord;
}

/** Every item type this library knows, by wire name. */
export interface LiveEventMap extends TikTokEventMap, CustomEventMap {}

/** A wire type name this library knows. */
export type LiveEventType = keyof LiveEventMap;

/** One received item of a known type: `{ type, data }`, discriminated on `type`. */
export type KnownLiveEvent = { [K in LiveEventType]: { type: K; data: LiveEventMap[K] } }[LiveEventType];

/** An item whose `type` this library does not know; passed through untouched. */
export interface UnknownLiveEvent {
  type: 'unknown';
  /** The type name as it came on the wire. */
  wireType: string;
  data: unknown;
}

/** Every item `events$` emits: a discriminated union on `type`. */
export type LiveEvent = KnownLiveEvent | UnknownLiveEvent;

/** TikTok's message types named `Webcast<Name>Message` (the name only: the table is shipped to browsers). */
const WEBCAST_MESSAGES = [
  'AccessControl', 'AccessRecall', 'Barrage', 'BoostCard', 'Bottom', 'Capsule', 'Caption', 'Chat', 'Control',
  'EmoteChat', 'Envelope', 'GameRankNotify', 'GiftBroadcast', 'GiftDynamicRestriction', 'Gift',
  'GiftPanelUpdate', 'GiftPrompt', 'GoalUpdate', 'Guide', 'HourlyRankReward', 'ImDelete', 'ImEnterRoom',
  'InRoomBanner', 'Like', 'LinkLayer', 'Link', 'LinkMicLayoutState', 'LinkState', 'LinkmicBattleTask',
  'LiveGameIntro', 'LiveIntro', 'MarqueeAnnouncement', 'Member', 'MsgDetect', 'Notice', 'OecLiveShopping',
  'PartnershipDropsUpdate', 'PartnershipGameOffline', 'PartnershipPunish', 'Perception', 'Poll',
  'QuestionNew', 'RankText', 'RankUpdate', 'Room', 'RoomNotify', 'RoomPin', 'RoomUserSeq', 'RoomVerify',
  'Social', 'Speaker', 'SubNotify', 'SubPinEvent', 'System', 'Toast', 'UnauthorizedMember',
  'ViewerPicksUpdate',
] as const;

/** TikTok's types named `Webcast<Name>`, without the `Message` suffix. */
const WEBCAST_OTHERS = [
  'LinkMicArmies', 'LinkMicBattle', 'LinkMicBattleItemCard', 'LinkMicBattlePunishFinish',
  'LinkMicFanTicketMethod', 'LinkMicMethod',
] as const;

/** Value shapes of {@link EULER_ITEM_TYPES}. */
const RAW = { normalised: false } as const;
const NORMALISED = { normalised: true } as const;

/**
 * The one table of Euler's own item types (not TikTok messages). `normalised`: whether the
 * item carries TikTok field names the v2 → v3 normaliser renames (the presence items do).
 */
export const EULER_ITEM_TYPES: Readonly<Record<keyof CustomEventMap, { readonly normalised: boolean }>> = {
  workerInfo: RAW,
  roomInfo: RAW,
  'tiktok.connect': RAW,
  'tiktok.disconnect': RAW,
  'tiktok.rawBytes': RAW,
  SyntheticJoinMessage: NORMALISED,
  SyntheticLeaveMessage: NORMALISED,
};

/** The wire names the two lists above spell, plus Euler's v2 `RoomVerifyMessage` and Euler's own types. */
type ListedType =
  | `Webcast${(typeof WEBCAST_MESSAGES)[number]}Message`
  | `Webcast${(typeof WEBCAST_OTHERS)[number]}`
  | 'RoomVerifyMessage'
  | keyof CustomEventMap;
/** Compile-time check that the lists name exactly the keys of {@link LiveEventMap} (a missing or extra name is a type error). */
type KnownTypesAreListed = [LiveEventType] extends [ListedType] ? ([ListedType] extends [LiveEventType] ? true : never) : never;
true satisfies KnownTypesAreListed;

/** Every wire type name this library knows (the keys of {@link LiveEventMap}), TikTok's in alphabetical order first. */
export const LIVE_EVENT_TYPES: ReadonlySet<string> = new Set([
  ...[...WEBCAST_MESSAGES.map((name) => `Webcast${name}Message`), ...WEBCAST_OTHERS.map((name) => `Webcast${name}`)].sort(),
  'RoomVerifyMessage',
  ...Object.keys(EULER_ITEM_TYPES),
]);

/** Euler's own item types (the keys of {@link EULER_ITEM_TYPES}). */
// Pure: bundles that do not read it drop it.
export const CUSTOM_EVENT_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(EULER_ITEM_TYPES));

/** True when items of `type` go through the v2 → v3 normaliser (TikTok messages and presence items). */
export function isNormalisedType(type: string): boolean {
  const entry = Object.hasOwn(EULER_ITEM_TYPES, type) ? EULER_ITEM_TYPES[type as keyof CustomEventMap] : undefined;
  return entry === undefined || entry.normalised;
}

/** True when `type` is a wire type this library knows. */
export function isLiveEventType(type: string): type is LiveEventType {
  return LIVE_EVENT_TYPES.has(type);
}
