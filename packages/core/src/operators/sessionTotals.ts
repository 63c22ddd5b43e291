import { asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { GiftStreakLimitOptions } from './giftStreakTracker.js';
import type { LikeTotals } from './likesByUser.js';
import { sessionTotalsCore } from './sessionTotalsCore.js';

/** The item shape `sessionTotals` reads: the connection's `events$` items (`{ type, data }`). */
export interface LiveEventLike {
  /** Wire type name (`'WebcastGiftMessage'`, …) or a custom item type (`'roomInfo'`). */
  readonly type: string;
  /** The payload (v3 shape for TikTok messages). */
  readonly data: unknown;
}

/** One row of the gifter leaderboard. */
export interface GifterTotals {
  readonly userId: string;
  readonly nickname: string;
  /** The gifter's handle (`user.displayId`, what follows the `@`), when a gift carried it. */
  readonly uniqueId?: string | undefined;
  /** The gifter's avatar (`avatarUrl(user)`), when a gift carried one. */
  readonly avatarUrl?: string | undefined;
  /** Diamonds this user sent in this session (whole streaks). */
  readonly diamonds: number;
  /** Gift units this user sent (a streak of 10 roses counts 10). */
  readonly gifts: number;
}

/** Viewer counts. */
export interface ViewerTotals {
  /** Latest viewer count (`WebcastRoomUserSeqMessage.total`, or room info's `user_count`). */
  readonly current: number;
  /** Highest viewer count seen this session. */
  readonly peak: number;
}

/** An immutable snapshot of the session's aggregates. */
export interface SessionTotals {
  /** Diamonds received: `diamondCount × repeatCount` per whole streak or single gift. */
  readonly diamonds: number;
  /** Gift units received (a streak of 10 roses counts 10; each gift counted once). */
  readonly giftCount: number;
  /** Top gifters by diamonds, best first (length ≤ `topN`). */
  readonly topGifters: readonly GifterTotals[];
  /** Like totals and the top likers. */
  readonly likes: LikeTotals;
  /** Follow events (`WebcastSocialMessage` whose display key mentions "follow"). */
  readonly follows: number;
  /** Share events (`WebcastSocialMessage` whose display key mentions "share"). */
  readonly shares: number;
  /** Join events (`WebcastMemberMessage` with action 1). */
  readonly joins: number;
  /** Current and peak viewers. */
  readonly viewers: ViewerTotals;
  /** Scheduler time (epoch ms) the session started (or the resumed snapshot's). */
  readonly startedAt: number;
  /** Scheduler time (epoch ms) of the last change. */
  readonly updatedAt: number;
}

/** Options for {@link sessionTotals}. Every field is optional. */
export interface SessionTotalsConfig {
  /**
   * Length of the `topGifters` and `likes.byUser` leaderboards.
   * @default 10
   */
  topN?: number;
  /**
   * At most this many users' totals are tracked (≈200 bytes each). Past it an idle
   * user who is on no leaderboard is forgotten (second-chance/CLOCK approximation of
   * least recently active; they start from zero if they come back). Leaderboard
   * users are never forgotten, so the leaderboards stay exact. Must be greater than
   * `2 × topN`.
   * @default 10_000
   */
  maxUsers?: number;
  /**
   * Streak handling for gift counting (same meaning and defaults as
   * `finalizeGiftStreaks`). There is no timer here: a streak whose end never
   * arrives is counted at the first event received `timeoutMs` after its last
   * update, or when the source completes.
   * @default { timeoutMs: 10_000, maxPending: 1_000, maxFinalized: 5_000 }
   */
  streaks?: GiftStreakLimitOptions;
  /**
   * Snapshot to resume from (e.g. the last one saved before a restart). Counters,
   * viewers, `startedAt` and the leaderboard users are restored; other users start
   * from zero.
   * @default undefined (start from zero)
   */
  initial?: SessionTotals;
  /**
   * Emit the starting snapshot (zero, or `initial`) right after subscribing.
   * @default false
   */
  emitInitial?: boolean;
  /**
   * Clock for `startedAt`, `updatedAt` and streak timeouts.
   * @default asyncScheduler
   */
  scheduler?: SchedulerLike;
}

/**
 * Session aggregates for overlays and dashboards: total diamonds, gift units, a
 * gifter leaderboard, likes (server total and per user), follows, shares, joins and
 * current/peak viewers. A scan-style operator over the connection's `events$` that
 * emits a new immutable {@link SessionTotals} after every event that changes
 * something (throttle it for UIs); parts that did not change keep their previous
 * object, and leaderboard arrays are rebuilt only when the leaderboard changes.
 *
 * - Gifts count once per streak, with the same rule and limits as
 *   `finalizeGiftStreaks` (final when `gift.type` ≠ 1 or `repeatEnd`; stuck streaks
 *   after `streaks.timeoutMs`; duplicates of an ended streak ignored).
 * - Survives reconnects: a later `roomInfo` item only re-seeds the viewer count and
 *   raises the like total (`raw.user_count`, `raw.stats.like_count`); nothing is
 *   zeroed. Use `initial` to resume after a restart.
 * - Memory is bounded: `maxUsers` user totals + the streak limits. O(1) per event
 *   (O(topN) when a leaderboard changes).
 *
 * @example
 * ```ts
 * connection.events$
 *   .pipe(dedupeByMsgId(), sessionTotals({ topN: 5 }), throttleTime(250, undefined, { trailing: true }))
 *   .subscribe((t) => render(`${t.diamonds} 💎 · ${t.likes.total} ❤ · ${t.viewers.current} 👀`));
 * ```
 */
export function sessionTotals(config?: SessionTotalsConfig): OperatorFunction<LiveEventLike, SessionTotals> {
  return sessionTotalsCore(config, asyncScheduler);
}
