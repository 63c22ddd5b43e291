/**
 * Translates injected message data between the v2 and v3 field names
 * (PROTOCOL.md §5.3) so `sim.inject(...)` reaches every socket in the schema it
 * asked for. Only the message types and nested structs the simulator models
 * are translated; unknown keys pass through unchanged.
 */
type Json = Record<string, unknown>;
type Conv = 'toString' | 'toNumber';

/** `[v2 key, v3 key, v2→v3 value conversion?]` per struct. */
interface StructSpec {
  renames: [string, string, Conv?][];
  /** Nested structs by v2 key name. */
  nested?: Record<string, string>;
  /** Nested arrays of structs by v2 key name. */
  nestedArrays?: Record<string, string>;
}

const IMAGE: StructSpec = { renames: [['url', 'urlList'], ['mUrls', 'urlList'], ['mUri', 'uri'], ['schema', 'openWebUrl']] };

const STRUCTS: Record<string, StructSpec> = {
  image: IMAGE,
  text: { renames: [['displayType', 'key'], ['piecesList', 'pieces']] },
  common: { renames: [['filterMsgTagsList', 'filterMsgTags']], nested: { displayText: 'text' } },
  user: {
    renames: [
      ['userId', 'id'],
      ['profilePicture', 'avatarThumb'],
      ['profilePictureMedium', 'avatarMedium'],
      ['profilePictureLarge', 'avatarLarge'],
      ['userHonor', 'payGrade'],
      ['userBadges', 'realTimeIcons'],
      ['newUserBadges', 'newRealTimeIcons'],
      ['fanTicketCount', 'ticketCount'],
      ['uniqueId', 'displayId'],
      ['enableShowCommerceSale', 'withCommercePermission'],
      ['payScores', 'deprecated21'],
      ['anchorLevel', 'webcastAnchorLevel'],
      ['authorInfo', 'authorStats'],
      ['rewardInfo', 'activityReward'],
      ['borders', 'borderList'],
      ['badges', 'badgeList'],
      ['backgroundImgUrl', 'bgImgUrl'],
      ['enableCarManagementPermission', 'withCarManagementPermission'],
    ],
    nested: { profilePicture: 'image', profilePictureMedium: 'image', profilePictureLarge: 'image' },
  },
  gift: {
    renames: [['giftImage', 'image'], ['forLinkMic', 'forLinkmic'], ['giftType', 'type'], ['giftName', 'name']],
    nested: { giftImage: 'image', icon: 'image' },
  },
  contributor: { renames: [['coinCount', 'score', 'toString'], ['rank', 'rank', 'toString']], nested: { user: 'user' } },
  chatEmote: { renames: [['placeInComment', 'index']], nested: { emote: 'emoteDetails' } },
  emoteDetails: { renames: [], nested: { image: 'emoteImage' } },
  emoteImage: { renames: [['imageUrl', 'urlList']] },
  emote: { renames: [], nested: { image: 'image' } },
  WebcastChatMessage: {
    renames: [['comment', 'content'], ['background', 'backgroundImage'], ['communityflaggedStatus', 'communityFlaggedStatus']],
    nestedArrays: { emotes: 'chatEmote' },
  },
  WebcastGiftMessage: {
    renames: [
      ['giftId', 'giftId', 'toString'],
      ['fanTicketCount', 'fanTicketCount', 'toNumber'],
      ['giftDetails', 'gift'],
      ['mTrayInfo', 'trayInfo'],
      ['giftExtra', 'monitorInfo'],
    ],
    nested: { giftDetails: 'gift', toUser: 'user' },
  },
  WebcastLikeMessage: { renames: [['likeCount', 'count'], ['totalLikeCount', 'total', 'toString']] },
  WebcastMemberMessage: {
    renames: [['rankScore', 'rankScore', 'toNumber'], ['topUserNo', 'topUserNo', 'toNumber'], ['enterType', 'enterType', 'toNumber']],
  },
  WebcastSocialMessage: { renames: [['followCount', 'followCount', 'toString']] },
  WebcastRoomUserSeqMessage: {
    renames: [['ranksList', 'ranks'], ['viewerCount', 'total', 'toString'], ['seatsList', 'seats'], ['totalUser', 'totalUser', 'toString']],
    nestedArrays: { ranksList: 'contributor' },
  },
  WebcastSubNotifyMessage: { renames: [['subscribeMessageType', 'messageType']] },
  WebcastEmoteChatMessage: { renames: [], nestedArrays: { emoteList: 'emote' } },
};

/** Keys every top-level message may carry. */
const TOP_LEVEL_NESTED: Record<string, string> = { common: 'common', user: 'user' };

/**
 * Returns `data` (a message of `type` in schema `from`) in schema `to`.
 * Returns the same object when the schemas match.
 */
export function translateSchema(type: string, data: unknown, from: 'v2' | 'v3', to: 'v2' | 'v3'): unknown {
  if (from === to || !isObject(data)) return data;
  const spec = STRUCTS[type] ?? { renames: [] };
  return convert(data, { ...spec, nested: { ...TOP_LEVEL_NESTED, ...spec.nested } }, from === 'v2');
}

function convert(obj: Json, spec: StructSpec, forward: boolean): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(obj)) {
    const v2Key = forward ? key : (spec.renames.find((r) => r[1] === key)?.[0] ?? key);
    const rename = spec.renames.find((r) => r[0] === v2Key);
    const outKey = forward ? (rename?.[1] ?? key) : v2Key;
    let next = value;
    const nestedName = spec.nested?.[v2Key];
    const arrayName = spec.nestedArrays?.[v2Key];
    if (nestedName && isObject(value)) next = convertNamed(value, nestedName, forward);
    else if (arrayName && Array.isArray(value)) next = value.map((v) => (isObject(v) ? convertNamed(v, arrayName, forward) : v));
    else if (rename?.[2]) next = convertValue(value, rename[2], forward);
    out[outKey] = next;
  }
  return out;
}

function convertNamed(value: Json, name: string, forward: boolean): Json | unknown[] | string {
  if (name === 'emoteImage') {
    // v2 EmoteImage holds one URL string; v3 ImageModel holds a list (wire-compatible for one URL).
    if (forward) return { urlList: typeof value['imageUrl'] === 'string' ? [value['imageUrl']] : [] };
    const list = value['urlList'];
    return { imageUrl: Array.isArray(list) && typeof list[0] === 'string' ? list[0] : '' };
  }
  const spec = STRUCTS[name];
  return spec ? convert(value, spec, forward) : value;
}

function convertValue(value: unknown, conv: Conv, forward: boolean): unknown {
  const toString = forward ? conv === 'toString' : conv === 'toNumber';
  if (toString) return typeof value === 'number' ? String(value) : value;
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
