import type { User, UserIdentity } from 'tiktok-live-proto/v3';
import type { Loose } from './loose.js';

/** A user's relation to the streamer (anchor), as plain booleans. */
export interface UserRoles {
  /** Moderator (admin) of the streamer's room. */
  moderator: boolean;
  /** Subscribed to the streamer. */
  subscriber: boolean;
  /** Follows the streamer. */
  follower: boolean;
  /** Has sent the streamer gifts (TikTok's `isGiftGiverOfAnchor`, shown as a gifter badge). */
  topGifter: boolean;
  /** Is the streamer. */
  anchor: boolean;
  /** Streamer and user follow each other. */
  friend: boolean;
}

// BadgeSceneType values (same in v2 and v3).
const SCENE_ADMIN = 1;
const SCENE_FRIENDS = 3;
const SCENE_SUBSCRIBER = 4;
const SCENE_NEW_SUBSCRIBER = 7;
const SCENE_ANCHOR = 12;

/**
 * Normalised roles of a user towards the streamer.
 *
 * Uses the message's `userIdentity` when given (chat, gift and emote messages
 * carry one): `isModeratorOfAnchor`, `isSubscriberOfAnchor`,
 * `isFollowerOfAnchor`, `isGiftGiverOfAnchor`, `isAnchor`,
 * `isMutualFollowingWithAnchor`. Any flag the identity lacks (or all of them,
 * when there is no identity) falls back to the user object:
 * - moderator: `userAttr.isAdmin`, or a badge with scene ADMIN (1);
 * - subscriber: `subscribeInfo.isSubscribedToAnchor`, or a badge with scene SUBSCRIBER/NEW_SUBSCRIBER (4/7);
 * - follower: `followInfo.followStatus` ≥ 1 (1 follows, 2 mutual);
 * - friend: `followInfo.followStatus` = 2, or a badge with scene FRIENDS (3);
 * - anchor: a badge with scene ANCHOR (12);
 * - topGifter: no reliable user field; `false` without an identity.
 *
 * @example
 * ```ts
 * chat$.pipe(filter((msg) => userRoles(msg.user, msg.userIdentity).moderator));
 * ```
 */
export function userRoles(
  user: Loose<User> | null | undefined,
  identity?: Loose<UserIdentity> | null,
): UserRoles {
  const id = typeof identity === 'object' && identity !== null ? (identity as Record<string, unknown>) : undefined;
  const u = typeof user === 'object' && user !== null ? (user as Record<string, unknown>) : undefined;
  const fallback = u === undefined ? undefined : fromUser(u);
  const pick = (key: string, fromUserValue: boolean | undefined): boolean => {
    const value = id?.[key];
    return typeof value === 'boolean' ? value : (fromUserValue ?? false);
  };
  return {
    moderator: pick('isModeratorOfAnchor', fallback?.moderator),
    subscriber: pick('isSubscriberOfAnchor', fallback?.subscriber),
    follower: pick('isFollowerOfAnchor', fallback?.follower),
    topGifter: pick('isGiftGiverOfAnchor', fallback?.topGifter),
    anchor: pick('isAnchor', fallback?.anchor),
    friend: pick('isMutualFollowingWithAnchor', fallback?.friend),
  };
}

function fromUser(u: Record<string, unknown>): UserRoles {
  const scenes = badgeScenes(u['badgeList'] ?? u['badges']);
  const followInfo = asRecord(u['followInfo']);
  const followStatus = Number(followInfo?.['followStatus'] ?? 0);
  const userAttr = asRecord(u['userAttr']);
  const subscribeInfo = asRecord(u['subscribeInfo']);
  return {
    moderator: userAttr?.['isAdmin'] === true || scenes.has(SCENE_ADMIN),
    subscriber:
      subscribeInfo?.['isSubscribedToAnchor'] === true ||
      scenes.has(SCENE_SUBSCRIBER) ||
      scenes.has(SCENE_NEW_SUBSCRIBER),
    follower: followStatus >= 1,
    friend: followStatus === 2 || scenes.has(SCENE_FRIENDS),
    anchor: scenes.has(SCENE_ANCHOR),
    topGifter: false,
  };
}

function badgeScenes(badges: unknown): Set<number> {
  const scenes = new Set<number>();
  if (!Array.isArray(badges)) return scenes;
  for (const badge of badges) {
    const b = asRecord(badge);
    // v3 `sceneType`; v2 `badgeScene` on un-normalised data.
    const scene = b?.['sceneType'] ?? b?.['badgeScene'];
    if (typeof scene === 'number') scenes.add(scene);
  }
  return scenes;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
