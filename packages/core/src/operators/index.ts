/** `@tiktok-live-rx/core/operators`: composable RxJS operators for live streams. */
export {
  classifyClose,
  classifyError,
  type ClassifyCloseContext,
  type CloseClass,
} from './classifyClose.js';
export {
  defaultReconnectDelay,
  reconnectWithBackoff,
  type BackoffOptions,
  type ReconnectConfig,
  type RetryInfo,
} from './reconnectWithBackoff.js';
export { refreshJwt, type RefreshJwtConfig } from './refreshJwt.js';
export {
  defaultWaitUntilLiveDelay,
  waitUntilLive,
  type WaitInfo,
  type WaitUntilLiveConfig,
} from './waitUntilLive.js';
export {
  finalizeGiftStreaks,
  isFinalGiftEvent,
  type FinalGift,
  type FinalizeGiftStreaksConfig,
  type GiftStreakEndReason,
} from './finalizeGiftStreaks.js';
export { giftStreakProgress, type GiftStreakProgressConfig, type GiftStreakUpdate } from './giftStreakProgress.js';
export { dedupeByMsgId, type DedupeByMsgIdConfig } from './dedupeByMsgId.js';
export { likesByUser, type LikerTotals, type LikeTotals, type LikesByUserConfig } from './likesByUser.js';
export {
  sessionTotals,
  type GifterTotals,
  type LiveEventLike,
  type SessionTotals,
  type SessionTotalsConfig,
  type ViewerTotals,
} from './sessionTotals.js';
export type { GiftStreakLimitOptions } from './giftStreakTracker.js';
