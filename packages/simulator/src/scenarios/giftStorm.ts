import { startRoomActivity } from '../generators/roomActivity.js';
import type { Scenario } from '../types.js';
import { BUSY_PROFILE } from './busy.js';

/** Gifts everywhere: many overlapping streaks from many users, a few big gifts. */
export const giftStorm: Scenario = {
  name: 'giftStorm',
  start: (ctx) => startRoomActivity(ctx, { ...BUSY_PROFILE, gift: 6, maxStreak: 30, bigGiftShare: 0.15, like: 6 }),
};
