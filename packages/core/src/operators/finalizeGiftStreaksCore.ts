/**
 * `finalizeGiftStreaks` without an rxjs scheduler: the client's `giftFinal$` chunk imports this
 * (time from the system clock unless the config passes a scheduler); the public operator is this
 * with `asyncScheduler` as its default.
 */
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import type { OperatorFunction } from 'rxjs';
import type { FinalGift, FinalizeGiftStreaksConfig } from './finalizeGiftStreaks.js';
import { giftStreakOperator, giftStreakTotals } from './giftStreakTracker.js';
import type { Clock } from './systemClock.js';

/** {@link finalizeGiftStreaks}' logic, timed by the config's scheduler, else by `defaultClock` (the system clock). */
export function finalizeGiftStreaksCore(
  config?: number | FinalizeGiftStreaksConfig,
  defaultClock?: Clock,
): OperatorFunction<WebcastGiftMessage, FinalGift> {
  return giftStreakOperator<FinalGift>('finalizeGiftStreaks', config, {
    end: (streak, endedBy) => ({ ...giftStreakTotals(streak), endedBy }),
  }, defaultClock);
}
