import { startRoomActivity } from '../generators/roomActivity.js';
import type { Scenario } from '../types.js';

/** A quiet stream: a message every half minute or so. With a small `timeScale`, 4006 comes quickly. */
export const quiet: Scenario = {
  name: 'quiet',
  start: (ctx) =>
    startRoomActivity(ctx, {
      chat: 0.02,
      gift: 0.005,
      like: 0.02,
      join: 0.01,
      follow: 0.002,
      share: 0.001,
      emote: 0,
      subscribe: 0,
      viewerCountEvery: 40,
      maxStreak: 3,
      bigGiftShare: 0,
    }),
};
