/**
 * `giftStreakProgress` without an rxjs scheduler: the client's `giftStreak$` chunk imports this
 * (time from the system clock unless the config passes a scheduler); the public operator is this
 * with `asyncScheduler` as its default.
 */
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import type { OperatorFunction } from 'rxjs';
import type { GiftStreakProgressConfig, GiftStreakUpdate } from './giftStreakProgress.js';
import { giftStreakOperator, giftStreakTotals, type GiftStreak, type GiftStreakEndReason } from './giftStreakTracker.js';
import type { Clock } from './systemClock.js';

/** {@link giftStreakProgress}' logic, timed by the config's scheduler, else by `defaultClock` (the system clock). */
export function giftStreakProgressCore(
  config?: number | GiftStreakProgressConfig,
  defaultClock?: Clock,
): OperatorFunction<WebcastGiftMessage, GiftStreakUpdate> {
  return giftStreakOperator<GiftStreakUpdate>('giftStreakProgress', config, {
    progress: (streak, advanced) => (advanced ? toUpdate(streak, false, undefined) : undefined),
    end: (streak, reason) => toUpdate(streak, true, reason),
  }, defaultClock);
}

function toUpdate(streak: GiftStreak, ended: boolean, endedBy: GiftStreakEndReason | undefined): GiftStreakUpdate {
  const update: GiftStreakUpdate = { key: streak.key, ...giftStreakTotals(streak), ended };
  return endedBy === undefined ? update : { ...update, endedBy };
}
