import { startRoomActivity, type ActivityProfile } from '../generators/roomActivity.js';
import type { Scenario } from '../types.js';

/** A busy news stream: several chats and at least one gift every few seconds, likes, joins, follows, shares. */
export const BUSY_PROFILE: ActivityProfile = {
  chat: 2.5,
  gift: 0.5,
  like: 2,
  join: 1.5,
  follow: 0.15,
  share: 0.1,
  emote: 0.05,
  subscribe: 0.03,
  viewerCountEvery: 5,
  maxStreak: 12,
  bigGiftShare: 0.1,
};

/** The `busy` scenario (used by `tv_asahi_news`). */
export const busy: Scenario = {
  name: 'busy',
  start: (ctx) => startRoomActivity(ctx, BUSY_PROFILE),
};
