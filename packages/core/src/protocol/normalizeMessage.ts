/**
 * Euler's default JSON schema ("v2") → tiktok-live-connector's PROTO3 ("v3")
 * field names and JSON types (PROTOCOL.md §5.2, §5.3).
 *
 * How it works
 * - Each known struct (CommonMessageData, Text, Image, User, Gift, Contributor,
 *   the message types) has a {@link Spec}: a table of v2 → v3 renames and a
 *   table of value converters keyed by the v3 field name. One generic,
 *   copy-on-write walker ({@link applySpec}) applies a spec to an object.
 * - Converters are idempotent: they coerce to the v3 JSON type (`toStr`,
 *   `toNum`) or apply another spec, so running them on v3 input is a no-op.
 * - Renames fire only when the v2 name is present **and** the v3 name is not,
 *   so v3 input (and half-converted input) is never renamed twice.
 * - User has three v2 fields whose names v3 reuses for *different* fields
 *   (`fanTicketCount`, `anchorLevel`, `payScores`). Those renames fire only on
 *   objects positively identified as v2 users (see {@link isV2UserShape}); an
 *   ambiguous object (no v2-only and no v3-only key) keeps them untouched.
 * - Fields no spec names are walked by {@link fixDeep}, which converts nested
 *   v2 Image/ImageModel, Text and User objects found by their distinctive keys
 *   (`mUri`/`mUrls`, `piecesList`/`displayType`, `userId`+`uniqueId`).
 * - Nothing is cloned unless it changes: untouched subtrees are shared with
 *   the input, and the input is never mutated. v3 input comes back as the very
 *   same object.
 * - v3-only fields are not synthesised (e.g. v3 `ImageModel.uri` stays absent
 *   when v2 had no `mUri`), and no field is dropped: unknown keys are kept.
 * - Beyond §5.3, the User sub-structs UserHonor (`payGrade`), BadgeStruct
 *   (`badgeList[]`) and CombineBadgeStruct are renamed too (same method:
 *   field-number match of both schemas).
 * - Known limits: v2 `MemberMessage.effectConfig` (a message) is kept as an
 *   object although v3 types it as bytes; LinkMicBattle `battleCombos` is
 *   renamed to `battleComboV2` but its values keep the v2 shape.
 */

type Obj = Record<string, unknown>;
/** Converts one field value; `depth` bounds recursion on hostile input. */
type Converter = (value: unknown, depth: number) => unknown;

/** How to turn one v2 struct into its v3 shape. */
interface Spec {
  /** v2 name → v3 name, applied when the v3 name is absent (null-prototype table). */
  readonly rename: Readonly<Record<string, string | undefined>>;
  /** Renames applied only when `guard(obj)` is true (name-collision traps). */
  readonly guardedRename: Readonly<Record<string, string | undefined>>;
  readonly guard: ((o: Obj) => boolean) | undefined;
  /** Value converters keyed by the v3 (output) field name (null-prototype table). */
  readonly map: Readonly<Record<string, Converter | undefined>>;
}

/** Deeper than this, values are returned as they are (JSON never nests this far in practice). */
const MAX_DEPTH = 32;

/**
 * Presence test for JSON data. Cheaper than `hasOwnProperty`; equivalent here
 * because JSON values are never `undefined` and none of the names tested
 * exist on `Object.prototype`.
 */
const has = (o: Obj, key: string): boolean => o[key] !== undefined;

/** A lookup table without a prototype, so `table['constructor']` is `undefined`. */
function table<V>(entries: Record<string, V> | undefined): Record<string, V | undefined> {
  return Object.assign(Object.create(null) as Record<string, V | undefined>, entries);
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function spec(def: {
  rename?: Record<string, string>;
  guardedRename?: Record<string, string>;
  guard?: (o: Obj) => boolean;
  map?: Record<string, Converter>;
}): Spec {
  return {
    rename: table(def.rename),
    guardedRename: table(def.guardedRename),
    guard: def.guard,
    map: table(def.map),
  };
}

/** Own-property write that is safe for a `__proto__` key coming from `JSON.parse`. */
function put(out: Obj, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    out[key] = value;
  }
}

/**
 * Applies a spec to one object, copy-on-write: returns `o` itself when no key
 * is renamed and no value changes, else a new object (input untouched).
 */
function applySpec(o: Obj, s: Spec, depth: number): Obj {
  if (depth > MAX_DEPTH) return o;
  const guarded = s.guard !== undefined && s.guard(o);
  const next = depth + 1;
  let out: Obj | undefined;
  for (const key in o) {
    const value = o[key];
    let outKey = key;
    const target = s.rename[key] ?? (guarded ? s.guardedRename[key] : undefined);
    if (target !== undefined && !has(o, target)) outKey = target;
    const convert = s.map[outKey];
    const outValue =
      convert !== undefined
        ? convert(value, next)
        : typeof value === 'object' && value !== null
          ? fixDeep(value, next)
          : value;
    if (out === undefined) {
      if (outKey === key && outValue === value) continue;
      out = copyBefore(o, key);
    }
    put(out, outKey, outValue);
  }
  return out ?? o;
}

/** Walks an object no spec describes: only nested values can change. */
function walkObject(o: Obj, depth: number): Obj {
  const next = depth + 1;
  let out: Obj | undefined;
  for (const key in o) {
    const value = o[key];
    if (typeof value !== 'object' || value === null) {
      if (out !== undefined) put(out, key, value);
      continue;
    }
    const outValue = fixDeep(value, next);
    if (out === undefined) {
      if (outValue === value) continue;
      out = copyBefore(o, key);
    }
    put(out, key, outValue);
  }
  return out ?? o;
}

/** A shallow copy of the keys of `o` that come before `stop`. */
function copyBefore(o: Obj, stop: string): Obj {
  const out: Obj = {};
  for (const k in o) {
    if (k === stop) break;
    put(out, k, o[k]);
  }
  return out;
}

/** Maps an array copy-on-write. */
function mapArray(arr: readonly unknown[], fn: Converter, depth: number): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < arr.length; i++) {
    const value = arr[i];
    const converted = fn(value, depth);
    if (out === undefined) {
      if (converted === value) continue;
      out = arr.slice(0, i);
    }
    out.push(converted);
  }
  return out ?? (arr as unknown[]);
}

// --- generic deep walk --------------------------------------------------------

function isV2ImageShape(o: Obj): boolean {
  return has(o, 'mUri') || Array.isArray(o['mUrls']);
}

function isV2TextShape(o: Obj): boolean {
  return Array.isArray(o['piecesList']) || (has(o, 'displayType') && has(o, 'defaultPattern'));
}

/** A v2 User: `userId` plus `uniqueId` or `profilePicture` (v3 has none of these names). */
function isV2UserShape(o: Obj): boolean {
  return has(o, 'userId') && (has(o, 'uniqueId') || has(o, 'profilePicture'));
}

/**
 * Walks a value of unknown type, converting the v2 structs it can recognise
 * by shape (Image/ImageModel, Text, User) and leaving everything else as is.
 */
function fixDeep(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return mapArray(value, fixDeep, depth + 1);
  const o = value as Obj;
  if (isV2ImageShape(o)) return applySpec(o, IMAGE, depth);
  if (isV2TextShape(o)) return applySpec(o, TEXT, depth);
  if (isV2UserShape(o)) return applySpec(o, USER, depth);
  return walkObject(o, depth);
}

// --- converters -----------------------------------------------------------------

/** int32 → int64: numbers become decimal strings. */
const toStr: Converter = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v);

/** int64 → int32: decimal strings become numbers. */
const toNum: Converter = (v) => {
  if (typeof v !== 'string' || v === '') return v;
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
};

/** A single string becomes a one-element list (v2 EmoteImage.imageUrl → urlList). */
const toStrList: Converter = (v) => (typeof v === 'string' ? [v] : v);

/** Applies a spec when the value is an object; anything else is walked generically. */
function obj(s: () => Spec): Converter {
  // Resolved on first use: specs reference each other (User ↔ Text) before all are defined.
  let resolved: Spec | undefined;
  return (v, depth) => (isObj(v) ? applySpec(v, (resolved ??= s()), depth) : fixDeep(v, depth));
}

/** Applies a converter to each element when the value is an array. */
function list(c: Converter): Converter {
  return (v, depth) => (Array.isArray(v) ? mapArray(v, c, depth) : fixDeep(v, depth));
}

/** Applies a converter to each value of a map-like object (JSON map field). */
function values(c: Converter): Converter {
  return (v, depth) => {
    if (!isObj(v)) return fixDeep(v, depth);
    let out: Obj | undefined;
    for (const k in v) {
      const value = v[k];
      const converted = c(value, depth);
      if (out === undefined) {
        if (converted === value) continue;
        out = copyBefore(v, k);
      }
      put(out, k, converted);
    }
    return out ?? v;
  };
}

/**
 * v2 map field `{[k]: V}` → v3 repeated `{key, value}`; a v3 array gets its
 * `value`s converted (idempotent).
 */
function entries(c: Converter): Converter {
  const entry = obj(() => spec({ map: { value: c } }));
  return (v, depth) => {
    if (Array.isArray(v)) return mapArray(v, entry, depth);
    if (!isObj(v)) return v;
    return Object.keys(v).map((key) => ({ key, value: c(v[key], depth) }));
  };
}

// --- struct specs ---------------------------------------------------------------

/** v2 Image / ImageModel / EmoteImage → v3 ImageModel. */
const IMAGE: Spec = spec({
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
const TEXT: Spec = spec({
  rename: { displayType: 'key', piecesList: 'pieces' },
  map: { pieces: list(obj(() => TEXT_PIECE)) },
});
const text = obj(() => TEXT);

const COMMON: Spec = spec({
  rename: { filterMsgTagsList: 'filterMsgTags' },
  map: { displayText: text },
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

const USER: Spec = spec({
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
 * Converts one decoded message from Euler's v2 JSON field names and types to
 * tiktok-live-connector's v3 (PROTO3) shapes, following PROTOCOL.md §5.3.
 *
 * - Pure and idempotent: v3 input comes back as the same object; the input is
 *   never mutated (untouched subtrees are shared with the result).
 * - Known TikTok types use a per-type rename table. Other `Webcast*` types get
 *   the safe structural renames only (`common`, `user`, nested Image/Text/User
 *   objects recognised by their v2-only keys). `SyntheticJoinMessage` /
 *   `SyntheticLeaveMessage` get their `user` converted. Every other type (Euler's
 *   `workerInfo`, `roomInfo`, `tiktok.*`, future custom items) is returned untouched.
 * - Never throws: non-object data and odd sub-values (null, arrays where
 *   objects belong) are passed through as they are.
 *
 * @param type - The item's wire `type`, e.g. `WebcastChatMessage`.
 * @param data - The item's `data` as parsed from JSON.
 * @returns The data with v3 field names and JSON types.
 * @example
 * ```ts
 * normalizeMessage('WebcastLikeMessage', { likeCount: 5, totalLikeCount: 120 });
 * // → { count: 5, total: '120' }
 * normalizeMessage('WebcastChatMessage', { comment: 'hi', user: { userId: '1', uniqueId: 'bob' } });
 * // → { content: 'hi', user: { id: '1', displayId: 'bob' } }
 * ```
 */
export function normalizeMessage(type: string, data: Record<string, unknown>): Record<string, unknown> {
  if (!isObj(data)) return data;
  const s = MESSAGE_SPECS.get(type);
  if (s !== undefined) return applySpec(data, s, 0);
  if (type === 'SyntheticJoinMessage' || type === 'SyntheticLeaveMessage') return applySpec(data, PRESENCE, 0);
  if (isTikTokType(type)) return applySpec(data, OTHER_TIKTOK_MESSAGE, 0);
  return data;
}

/**
 * The first usable URL of an image in any schema: v3 `urlList[]`, v2 Image
 * `url[]`, v2 ImageModel `mUrls[]`, or v2 EmoteImage `imageUrl`. Empty strings
 * are skipped; a bare non-empty string is returned as is.
 *
 * @example
 * ```ts
 * firstImageUrl(user.avatarThumb); // 'https://p16-sign.tiktokcdn.com/…'
 * firstImageUrl({ url: ['', 'https://a/b.webp'] }); // 'https://a/b.webp'
 * firstImageUrl(undefined); // undefined
 * ```
 */
export function firstImageUrl(image: unknown): string | undefined {
  if (typeof image === 'string') return image === '' ? undefined : image;
  if (!isObj(image)) return undefined;
  return (
    firstString(image['urlList']) ??
    firstString(image['url']) ??
    firstString(image['mUrls']) ??
    firstString(image['imageUrl'])
  );
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (!Array.isArray(value)) return undefined;
  for (const item of value) {
    if (typeof item === 'string' && item !== '') return item;
  }
  return undefined;
}
