import { LIVE_EVENT_TYPES } from '@tiktok-live-rx/core';
import { UsageError } from './usageError.js';

/** The NDJSON `type` of a final gift (one per streak, from `finalizeGiftStreaks`). */
export const GIFT_FINAL = 'giftFinal';
/** The NDJSON `type` of a connection state change. */
export const STATE = 'state';

/** Short names for `--types`, each standing for one or more wire types. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  chat: ['WebcastChatMessage'],
  gift: ['WebcastGiftMessage'],
  like: ['WebcastLikeMessage'],
  member: ['WebcastMemberMessage'],
  join: ['WebcastMemberMessage'],
  social: ['WebcastSocialMessage'],
  follow: ['WebcastSocialMessage'],
  share: ['WebcastSocialMessage'],
  viewers: ['WebcastRoomUserSeqMessage'],
  control: ['WebcastControlMessage'],
  emote: ['WebcastEmoteChatMessage'],
  subscribe: ['WebcastSubNotifyMessage'],
  [GIFT_FINAL]: [GIFT_FINAL],
  [STATE]: [STATE],
};

/** Which event types to show; `undefined` = every wire type (not `giftFinal` or `state`). */
export type TypeFilter = ReadonlySet<string> | undefined;

/**
 * Parses `--types chat,gift,WebcastPollMessage` into a set of type names
 * (wire types plus `giftFinal` and `state`). Unknown names are a usage error.
 */
export function parseTypes(list: string | undefined): TypeFilter {
  if (list === undefined) return undefined;
  const types = new Set<string>();
  for (const raw of list.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    const wire = ALIASES[name] ?? (LIVE_EVENT_TYPES.has(name) ? [name] : undefined);
    if (wire === undefined) {
      throw new UsageError(`unknown event type "${name}" in --types: use ${Object.keys(ALIASES).join(', ')} or a wire type name such as WebcastPollMessage`);
    }
    for (const type of wire) types.add(type);
  }
  if (types.size === 0) throw new UsageError('--types needs at least one event type, e.g. --types chat,gift');
  return types;
}

/** Whether `type` passes the filter (no filter: every wire type, but not the derived `giftFinal`/`state`). */
export function wantsType(filter: TypeFilter, type: string): boolean {
  return filter === undefined ? type !== GIFT_FINAL && type !== STATE : filter.has(type);
}
