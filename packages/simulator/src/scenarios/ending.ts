import { startRoomActivity } from '../generators/roomActivity.js';
import type { Scenario } from '../types.js';
import { BUSY_PROFILE } from './busy.js';

/** Stream length of the `ending` scenario (service time: scaled by `timeScale`). */
export const ENDING_AFTER_MS = 30_000;

/** Busy for 30 s (× timeScale), then the stream ends (§5.5 → 4005) and the creator goes offline. */
export const ending: Scenario = {
  name: 'ending',
  start: (ctx) => {
    startRoomActivity(ctx, { ...BUSY_PROFILE, chat: 1, gift: 0.3 });
    ctx.afterServiceTime(ENDING_AFTER_MS, () => ctx.endStream());
  },
};
