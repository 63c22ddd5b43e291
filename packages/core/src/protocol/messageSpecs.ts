/**
 * The v2 → v3 rename table: Euler's default JSON schema ("v2") against
 * tiktok-live-connector's PROTO3 ("v3") field names and JSON types
 * (PROTOCOL.md §5.2, §5.3), as data. `normalizeMessage.ts` holds the one walker
 * that applies it (copying for the public `normalizeMessage`, in place for the
 * frame router).
 *
 * - Each known struct (CommonMessageData, Text, Image, User, Gift, Contributor,
 *   the message types) has a {@link Spec}: v2 → v3 renames and value
 *   converters keyed by the v3 field name, compiled into one {@link Rule} per
 *   input key.
 * - Converters are idempotent: they coerce to the v3 JSON type (`str`, `num`)
 *   or apply another spec, so running them on v3 input is a no-op.
 * - Renames fire only when the v2 name is present **and** the v3 name is not,
 *   so v3 input (and half-converted input) is never renamed twice.
 * - User has three v2 fields whose names v3 reuses for *different* fields
 *   (`fanTicketCount`, `anchorLevel`, `payScores`). Those renames fire only on
 *   objects positively identified as v2 users (the spec's guard); an ambiguous
 *   object (no v2-only and no v3-only key) keeps them untouched.
 * - Fields no spec names are walked generically, which converts nested v2
 *   Image/ImageModel, Text and User objects found by their distinctive keys.
 *   Structs known to hold scalars only are declared `leaf` and not walked.
 * - v3-only fields are not synthesised (e.g. v3 `ImageModel.uri` stays absent
 *   when v2 had no `mUri`), and no field is dropped: unknown keys are kept.
 * - Beyond §5.3, the User sub-structs UserHonor (`payGrade`), BadgeStruct
 *   (`badgeList[]`) and CombineBadgeStruct are renamed too (same method:
 *   field-number match of both schemas).
 * - Known limits: v2 `MemberMessage.effectConfig` (a message) is kept as an
 *   object although v3 types it as bytes; LinkMicBattle `battleCombos` is
 *   renamed to `battleComboV2` but its values keep the v2 shape.
 */

/** A JSON object. */
export type Obj = Record<string, unknown>;

/**
 * What a converter does with one field's value:
 * - `leaf`: nothing (a struct of scalars only, so no deep walk either);
 * - `str`: int32 → int64, numbers become decimal strings;
 * - `num`: int64 → int32, decimal strings become numbers;
 * - `strList`: a single string becomes a one-element list (v2 EmoteImage.imageUrl → urlList);
 * - `struct`: apply a spec when the value is an object;
 * - `list`: apply `of` to each element of an array;
 * - `values`: apply `of` to each value of a map-like object (JSON map field);
 * - `entries`: v2 map `{[k]: V}` → v3 repeated `{key, value}`, applying `of` to the values.
 */
export type ConverterKind = 'leaf' | 'str' | 'num' | 'strList' | 'struct' | 'list' | 'values' | 'entries';

/** A value converter as data (interpreted by the walker; no closures on the hot path). */
export interface Converter {
  readonly kind: ConverterKind;
  /** The struct spec (`struct`), resolved on first use: specs reference each other. */
  spec: Spec | undefined;
  readonly resolve: (() => Spec) | undefined;
  /** The element / value converter (`list`, `values`, `entries`). */
  readonly of: Converter | undefined;
  /** `entries` only: the converter of one v3 `{key, value}` element. */
  readonly entry: Converter | undefined;
}

/** What happens to one input key of a struct. */
export interface Rule {
  /** Rename target (applied when absent from the object). */
  readonly to: string | undefined;
  /** Rename target applied only when the spec's guard holds (name-collision traps). */
  readonly guardedTo: string | undefined;
  /** Converter when the key is kept. */
  readonly keep: Converter | undefined;
  /** Converter when renamed to `to`. */
  readonly renamed: Converter | undefined;
  /** Converter when renamed to `guardedTo`. */
  readonly guarded: Converter | undefined;
}

/** How to turn one v2 struct into its v3 shape: one rule per input key that needs anything. */
export interface Spec {
  readonly rules: ReadonlyMap<string, Rule>;
  /** Evaluated lazily, only when a key with a guarded rename is met. */
  readonly guard: ((o: Obj) => boolean) | undefined;
  /** The walker's cache of decisions per key sequence, most recent first (see {@link Plan}). */
  readonly plans: Plan[];
}

/**
 * The decisions of a spec for one exact key sequence: output key and converter
 * per position. Every decision depends only on which keys an object has (rename
 * targets present or not, the guard), so objects with the same key sequence
 * (e.g. every v2 User Euler sends) can share one.
 */
export interface Plan {
  readonly keys: readonly string[];
  readonly outKeys: readonly string[];
  readonly convs: readonly (Converter | undefined)[];
  /** Keeps the hidden classes of the output shape alive (see the walker's `shapeOf`). */
  readonly shape: object;
}

/** Presence of a key: an own property, whatever its value (decisions depend on the key set alone). */
export const has = (o: Obj, key: string): boolean => Object.hasOwn(o, key);

/** The spec's struct for a converter, resolved on first use. */
export function resolveSpec(c: Converter): Spec {
  return (c.spec ??= c.resolve!());
}

function converter(kind: ConverterKind, resolve?: () => Spec, of?: Converter, entry?: Converter): Converter {
  return { kind, spec: undefined, resolve, of, entry };
}

function spec(def: {
  rename?: Record<string, string>;
  guardedRename?: Record<string, string>;
  guard?: (o: Obj) => boolean;
  map?: Record<string, Converter>;
}): Spec {
  const rename = def.rename ?? {};
  const guardedRename = def.guardedRename ?? {};
  const map = def.map ?? {};
  const own = (o: Record<string, Converter>, k: string | undefined): Converter | undefined =>
    k !== undefined && Object.hasOwn(o, k) ? o[k] : undefined;
  const rules = new Map<string, Rule>();
  for (const key of new Set([...Object.keys(rename), ...Object.keys(guardedRename), ...Object.keys(map)])) {
    const to = Object.hasOwn(rename, key) ? rename[key] : undefined;
    const guardedTo = to === undefined && Object.hasOwn(guardedRename, key) ? guardedRename[key] : undefined;
    rules.set(key, { to, guardedTo, keep: own(map, key), renamed: own(map, to), guarded: own(map, guardedTo) });
  }
  return { rules, guard: def.guard, plans: [] };
}

// --- converters -----------------------------------------------------------------

/** A struct of scalars only (checked against the v2 and v3 schemas): nothing to convert inside. */
const leaf = converter('leaf');
const toStr = converter('str');
const toNum = converter('num');
const toStrList = converter('strList');

/** Applies a spec when the value is an object; anything else is walked generically. */
function obj(s: () => Spec): Converter {
  return converter('struct', s);
}

/** Applies a converter to each element when the value is an array. */
function list(c: Converter): Converter {
  return converter('list', undefined, c);
}

/** Applies a converter to each value of a map-like object (JSON map field). */
function values(c: Converter): Converter {
  return converter('values', undefined, c);
}

/**
 * v2 map field `{[k]: V}` → v3 repeated `{key, value}`; a v3 array gets its
 * `value`s converted (idempotent).
 */
function entries(c: Converter): Converter {
  return converter('entries', undefined, c, obj(() => spec({ map: { value: c } })));
}

// --- struct specs ---------------------------------------------------------------

/** v2 Image / ImageModel / EmoteImage → v3 ImageModel. */
export const IMAGE: Spec = spec({
  rename: { url: 'urlList', mUrls: 'urlList', imageUrl: 'urlList', mUri: 'uri', schema: 'openWebUrl' },
  map: { urlList: toStrList },
});
const image = obj(() => IMAGE);
const images = list(image);

const TEXT_PIECE: Spec = spec({
  map: {
    userValue: obj(() => TEXT_PIECE_USER),
    giftValue: obj(() => TEXT_PIECE_GIFT),
  },
});
const TEXT_PIECE_USER: Spec = spec({ map: { user: obj(() => USER) } });
const TEXT_PIECE_GIFT: Spec = spec({ map: { giftId: toStr } });

/** v2 Text → v3 Text (exported by TLC as `MessageCommonText`). */
export const TEXT: Spec = spec({
  rename: { displayType: 'key', piecesList: 'pieces' },
  map: { pieces: list(obj(() => TEXT_PIECE)) },
});
const text = obj(() => TEXT);

const COMMON: Spec = spec({
  rename: { filterMsgTagsList: 'filterMsgTags' },
  // LiveMessageSEI / LiveMessageID hold scalars only.
  map: { displayText: text, sei: leaf, dependRootId: leaf, dependId: leaf },
});

/** True when an object is certainly a v2 User and certainly not a v3 one. */
function isV2User(o: Obj): boolean {
  const v2 =
    has(o, 'userId') ||
    has(o, 'uniqueId') ||
    has(o, 'profilePicture') ||
    has(o, 'userHonor') ||
    has(o, 'userBadges') ||
    has(o, 'badges');
  if (!v2) return false;
  return !(
    has(o, 'id') ||
    has(o, 'displayId') ||
    has(o, 'avatarThumb') ||
    has(o, 'ticketCount') ||
    has(o, 'webcastAnchorLevel') ||
    has(o, 'deprecated21') ||
    has(o, 'badgeList') ||
    has(o, 'payGrade')
  );
}

export const USER: Spec = spec({
  rename: {
    userId: 'id',
    profilePicture: 'avatarThumb',
    profilePictureMedium: 'avatarMedium',
    profilePictureLarge: 'avatarLarge',
    userHonor: 'payGrade',
    userBadges: 'realTimeIcons',
    newUserBadges: 'newRealTimeIcons',
    uniqueId: 'displayId',
    enableShowCommerceSale: 'withCommercePermission',
    authorInfo: 'authorStats',
    rewardInfo: 'activityReward',
    borders: 'borderList',
    badges: 'badgeList',
    backgroundImgUrl: 'bgImgUrl',
    enableCarManagementPermission: 'withCarManagementPermission',
  },
  // v3 reuses these three names for different fields (#1022, #1011, #1032).
  guardedRename: {
    fanTicketCount: 'ticketCount',
    anchorLevel: 'webcastAnchorLevel',
    payScores: 'deprecated21',
  },
  guard: isV2User,
  map: {
    avatarThumb: image,
    avatarMedium: image,
    avatarLarge: image,
    avatarBorder: image,
    medal: image,
    personalCard: image,
    avatarJpg: image,
    badgeImageList: images,
    realTimeIcons: images,
    newRealTimeIcons: images,
    mediaBadgeImageList: images,
    topFans: list(obj(() => USER)),
    subscribeInfo: obj(() => SUBSCRIBE_INFO),
    // FollowInfo, UserAttr and OwnRoom hold scalars (and string lists) only.
    followInfo: leaf,
    userAttr: leaf,
    ownRoom: leaf,
    payGrade: obj(() => USER_HONOR),
    badgeList: list(obj(() => BADGE)),
  },
});
const SUBSCRIBE_INFO: Spec = spec({ map: { subscriberCount: toNum } });

// Not in PROTOCOL.md §5.3, found by the same field-number match: User.userHonor
// (UserHonor), User.badges[] (BadgeStruct) and BadgeStruct.combine renamed fields too.
const USER_HONOR: Spec = spec({
  rename: {
    totalDiamond: 'deprecated20',
    currentHonorName: 'name',
    currentHonorIcon: 'icon',
    nextHonorName: 'nextName',
    nextHonorIcon: 'nextIcon',
    currentDiamond: 'deprecated23',
    thisGradeMinDiamond: 'deprecated24',
    thisGradeMaxDiamond: 'deprecated25',
    profileDialogBg: 'background',
    profileDialogBackBg: 'backgroundBack',
  },
});
const BADGE: Spec = spec({
  rename: {
    badgePriorityType: 'priorityType',
    badgeScene: 'sceneType',
    schemaUrl: 'openweburl',
    logExtra: 'privilegeLogExtra',
  },
  map: { combine: obj(() => COMBINE_BADGE) },
});
const COMBINE_BADGE: Spec = spec({
  rename: {
    badgeDisplayType: 'displayType',
    bgAutoMirrored: 'backgroundAutoMirrored',
    rankListOnlineAudienceShowStyle: 'ranklistOnlineAudienceShowStyle',
  },
});
const user = obj(() => USER);
const users = list(user);

/** v2 `Gift` (GiftMessage.giftDetails) → v3 `Gift`. */
const GIFT: Spec = spec({
  rename: { giftImage: 'image', forLinkMic: 'forLinkmic', giftType: 'type', giftName: 'name' },
  map: { image, giftLabelIcon: image, icon: image, previewImage: image },
});

const CONTRIBUTOR: Spec = spec({
  rename: { coinCount: 'score' },
  map: { score: toStr, rank: toStr, user },
});
const contributors = list(obj(() => CONTRIBUTOR));

/** v2 Emote (EmoteChat) / EmoteDetails (Chat) → v3 EmoteModel. */
const EMOTE: Spec = spec({ map: { image } });
const emote = obj(() => EMOTE);

/** v2 WebcastSubEmote → v3 EmoteWithIndex. */
const SUB_EMOTE: Spec = spec({ rename: { placeInComment: 'index' }, map: { emote } });

const QUESTION: Spec = spec({ rename: { questionText: 'content' }, map: { user } });

const ENVELOPE_INFO: Spec = spec({ map: { sendUserAvatar: image } });

const BATTLE_USER_ARMY: Spec = spec({ map: { avatarThumb: image } });
const BATTLE_USER_ARMIES: Spec = spec({
  rename: { userArmy: 'userArmies', hostScore: 'hostscore' },
  map: { userArmies: list(obj(() => BATTLE_USER_ARMY)) },
});
const battleUserArmies = obj(() => BATTLE_USER_ARMIES);
const BATTLE_TEAM_USER_ARMIES: Spec = spec({
  rename: { teamUsers: 'teamUser' },
  map: { userArmies: battleUserArmies },
});
const teamArmies = list(obj(() => BATTLE_TEAM_USER_ARMIES));
const BATTLE_USER_INFO: Spec = spec({
  map: { user: obj(() => spec({ map: { avatarThumb: image } })) },
});

// --- message specs --------------------------------------------------------------

/** A message spec: every message has `common` and most have `user`. */
function message(def: { rename?: Record<string, string>; map?: Record<string, Converter> }): Spec {
  return spec({
    ...(def.rename === undefined ? {} : { rename: def.rename }),
    map: { common: obj(() => COMMON), user, ...def.map },
  });
}

const MESSAGE_SPECS: ReadonlyMap<string, Spec> = new Map<string, Spec>([
  [
    'WebcastChatMessage',
    message({
      rename: {
        comment: 'content',
        background: 'backgroundImage',
        communityflaggedStatus: 'communityFlaggedStatus',
      },
      map: {
        atUser: user,
        mentionUsers: users,
        emotes: list(obj(() => SUB_EMOTE)),
        backgroundImage: image,
        backgroundImageV2: image,
        giftImage: image,
      },
    }),
  ],
  [
    'WebcastGiftMessage',
    message({
      rename: { giftDetails: 'gift', mTrayInfo: 'trayInfo', giftExtra: 'monitorInfo' },
      map: { giftId: toStr, fanTicketCount: toNum, gift: obj(() => GIFT), toUser: user },
    }),
  ],
  [
    'WebcastLikeMessage',
    message({
      rename: { likeCount: 'count', totalLikeCount: 'total' },
      map: { total: toStr, icons: images },
    }),
  ],
  [
    'WebcastMemberMessage',
    message({
      map: {
        operator: user,
        rankScore: toNum,
        topUserNo: toNum,
        enterType: toNum,
        backgroundImage: image,
        backgroundImageV2: image,
      },
    }),
  ],
  ['WebcastSocialMessage', message({ map: { followCount: toStr } })],
  [
    'WebcastRoomUserSeqMessage',
    message({
      rename: { ranksList: 'ranks', viewerCount: 'total', seatsList: 'seats' },
      map: { total: toStr, totalUser: toStr, ranks: contributors, seats: contributors },
    }),
  ],
  ['WebcastControlMessage', message({})],
  ['WebcastSubNotifyMessage', message({ rename: { subscribeMessageType: 'messageType' } })],
  ['WebcastEmoteChatMessage', message({ map: { emoteList: list(emote) } })],
  ['WebcastEnvelopeMessage', message({ map: { envelopeInfo: obj(() => ENVELOPE_INFO) } })],
  ['WebcastQuestionNewMessage', message({ rename: { details: 'data' }, map: { data: obj(() => QUESTION) } })],
  [
    'WebcastLinkMicBattle',
    message({
      rename: {
        battleSetting: 'battleSettings',
        mBattleDisplayConfig: 'fuzzyDisplayConfig',
        anchorInfo: 'anchorsInfo',
        battleCombos: 'battleComboV2',
        teamUsers: 'teamMember',
        inviteeGiftPermissionTypes: 'inviteesGiftPermissionType',
        abtestSettings: 'abTestSetting',
      },
      map: {
        armies: entries(battleUserArmies),
        anchorsInfo: entries(obj(() => BATTLE_USER_INFO)),
        teamArmies,
      },
    }),
  ],
  [
    'WebcastLinkMicArmies',
    message({
      rename: {
        battleItems: 'armies',
        giftSentTime: 'sendGiftSuccessTime',
        scoreUpdateTime: 'updateBattleScoreTime',
        battleStatus: 'triggerReason',
        gifIconImage: 'giftIconImage',
      },
      map: { armies: values(battleUserArmies), giftIconImage: image, teamArmies },
    }),
  ],
]);

/** Any other TikTok message: common, user and whatever the deep walk recognises. */
const OTHER_TIKTOK_MESSAGE = message({ map: { toUser: user } });

/** Euler's synthetic presence items carry a v2 User subset (PROTOCOL.md §2.4). */
const PRESENCE = spec({ map: { user } });

function isTikTokType(type: string): boolean {
  return type.startsWith('Webcast') || type === 'RoomVerifyMessage';
}

/**
 * The spec of a wire type: its own for known TikTok types, the safe structural
 * one (`common`, `user`, `toUser`, nested structs) for other `Webcast*` types,
 * the presence one for `SyntheticJoinMessage` / `SyntheticLeaveMessage`, and
 * none for Euler's own items (`workerInfo`, `roomInfo`, `tiktok.*`, …).
 */
export function specFor(type: string): Spec | undefined {
  const s = MESSAGE_SPECS.get(type);
  if (s !== undefined) return s;
  if (type === 'SyntheticJoinMessage' || type === 'SyntheticLeaveMessage') return PRESENCE;
  return isTikTokType(type) ? OTHER_TIKTOK_MESSAGE : undefined;
}
