/**
 * Private helper shared by `finalizeGiftStreaks`, `giftStreakProgress` and
 * `sessionTotals`: the one place that knows how TikTok gift streaks work
 * (PROTOCOL.md §5.4).
 *
 * - A gift whose `gift.type` is 1 can be sent in a streak: TikTok sends updates
 *   with a growing `repeatCount` and `repeatEnd` 0, then one more event with
 *   `repeatEnd` 1 and the final count. Any other gift is final at once.
 * - A streak is keyed by `(user.id, giftId, groupId)`.
 * - A streak whose end never arrives is ended after `timeoutMs` without updates.
 *
 * Memory is bounded: at most `maxPending` open streaks (the least recently
 * updated one is ended as a timeout when a new one would exceed it) and at most
 * `maxFinalized` remembered ended-streak keys (FIFO), used to drop duplicate or
 * late events of a streak that already ended.
 */
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { Observable, type OperatorFunction } from 'rxjs';
import type { GiftStreakLimits } from '../validation/giftStreakLimits.js';
import type { FinalGift } from './finalizeGiftStreaks.js';
import { resolveGiftStreakOperatorConfig, type GiftStreakOperatorOptions } from '../validation/giftStreakOperatorConfig.js';
import { systemClock, type Clock } from './systemClock.js';

export {
  DEFAULT_GIFT_STREAK_LIMITS,
  resolveGiftStreakLimits,
  type GiftStreakLimitOptions,
  type GiftStreakLimits,
} from '../validation/giftStreakLimits.js';
export type { GiftStreakOperatorOptions } from '../validation/giftStreakOperatorConfig.js';

/**
 * How a streak ended:
 * - `'repeatEnd'`: TikTok sent the streak's end event;
 * - `'single'`: a gift that cannot streak (`gift.type` ≠ 1), final at once;
 * - `'timeout'`: no update for `timeoutMs` (or evicted by `maxPending`);
 * - `'complete'`: the source completed while the streak was still open.
 */
export type GiftStreakEndReason = 'repeatEnd' | 'timeout' | 'single' | 'complete';

/** `gift.type` of gifts that can be sent in a streak. */
export const STREAKABLE_GIFT_TYPE = 1;

/**
 * The rule for counting a gift exactly once (PROTOCOL.md §5.4): an event is
 * final when its gift cannot streak (`gift.type` ≠ 1) or it ends a streak
 * (`repeatEnd` truthy; it is an int32 0/1 on the wire, never test `=== true`).
 *
 * @example
 * ```ts
 * gift$.pipe(filter(isFinalGiftEvent)) // no timeout fallback, see finalizeGiftStreaks
 * ```
 */
export function isFinalGiftEvent(message: Pick<WebcastGiftMessage, 'gift' | 'repeatEnd'>): boolean {
  return !isStreakableGift(message) || Boolean(message.repeatEnd);
}

/** True when the gift can be sent in a streak (`gift.type === 1`). */
export function isStreakableGift(message: Pick<WebcastGiftMessage, 'gift'>): boolean {
  return message.gift?.type === STREAKABLE_GIFT_TYPE;
}

/** One streak (or single gift) as the tracker sees it. Mutable while pending; never shared. */
export interface GiftStreak {
  /** `userId|giftId|groupId`. */
  readonly key: string;
  readonly userId: string;
  readonly giftId: string;
  readonly groupId: string;
  /** Highest `repeatCount` seen (≥ 1). */
  repeatCount: number;
  /** Diamonds per unit (`gift.diamondCount`, last non-zero value seen). */
  diamondCount: number;
  /** The last event received for this streak. */
  message: WebcastGiftMessage;
  /** Clock time of the last update. */
  lastUpdate: number;
}

/** Callbacks the tracker reports to. */
export interface GiftStreakSink {
  /** A streak was opened or updated; `advanced` is true when `repeatCount` grew (or it just opened). */
  progress(streak: GiftStreak, advanced: boolean): void;
  /** A streak (or single gift) ended. Called exactly once per streak. */
  end(streak: GiftStreak, reason: GiftStreakEndReason): void;
}

/** The streak state machine. No timers: the caller passes the time and decides when to expire. */
export class GiftStreakTracker {
  readonly #limits: GiftStreakLimits;
  /** Open streaks in least-recently-updated-first order (an update re-inserts at the end). */
  readonly #pending = new Map<string, GiftStreak>();
  /**
   * Ended streak keys → the sequence number they were remembered under. The key
   * and its final repeatCount live in ring slot `seq % maxFinalized`, so the
   * oldest key is overwritten without searching (FIFO, no allocation).
   */
  readonly #finalized = new Map<string, number>();
  readonly #finalizedKeys: string[] = [];
  readonly #finalizedCounts: number[] = [];
  #finalizedSeq = 0;
  /** No pending streak is due before this time (a lower bound; lets `expire` skip cheaply). */
  #checkAfter = Number.NEGATIVE_INFINITY;

  constructor(limits: GiftStreakLimits) {
    this.#limits = limits;
  }

  /** Number of open streaks. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Number of remembered ended-streak keys. */
  get finalizedCount(): number {
    return this.#finalized.size;
  }

  /** Feeds one gift event. */
  push(message: WebcastGiftMessage, now: number, sink: GiftStreakSink): void {
    const userId = message.user?.id ?? '';
    const giftId = message.giftId == null ? '' : String(message.giftId);
    const groupId = message.groupId == null ? '' : String(message.groupId);
    const count = unitCount(message.repeatCount);
    const diamondCount = diamondsPerUnit(message);
    const key = `${userId}|${giftId}|${groupId}`;

    if (!isStreakableGift(message)) {
      sink.end(
        { key, userId, giftId, groupId, repeatCount: count, diamondCount, message, lastUpdate: now },
        'single',
      );
      return;
    }

    const endedSeq = this.#finalized.get(key);
    if (endedSeq !== undefined) {
      const endedWith = this.#finalizedCounts[endedSeq % this.#limits.maxFinalized] as number;
      // With a real groupId the key names exactly one streak: anything after its
      // end is a duplicate or a late, out-of-order update. Without one, the same
      // key is reused by the user's next streak of that gift, so only a repeated
      // end event (count not above the final one) counts as a duplicate.
      if (hasGroupId(groupId) || (message.repeatEnd && count <= endedWith)) return;
      this.#finalized.delete(key);
    }

    let streak = this.#pending.get(key);
    let advanced = true;
    if (streak === undefined) {
      streak = { key, userId, giftId, groupId, repeatCount: count, diamondCount, message, lastUpdate: now };
    } else {
      this.#pending.delete(key);
      advanced = count > streak.repeatCount;
      // Out-of-order updates never make the count go backwards.
      if (advanced) streak.repeatCount = count;
      if (diamondCount > 0) streak.diamondCount = diamondCount;
      streak.message = message;
      streak.lastUpdate = now;
    }

    if (message.repeatEnd) {
      this.#remember(key, streak.repeatCount);
      sink.end(streak, 'repeatEnd');
      return;
    }

    if (this.#pending.size === 0 && this.#checkAfter < now + this.#limits.timeoutMs) {
      this.#checkAfter = now + this.#limits.timeoutMs;
    }
    this.#pending.set(key, streak);
    if (this.#pending.size > this.#limits.maxPending) {
      const oldest = this.#pending.values().next().value as GiftStreak;
      this.#pending.delete(oldest.key);
      this.#remember(oldest.key, oldest.repeatCount);
      sink.end(oldest, 'timeout');
    }
    sink.progress(streak, advanced);
  }

  /** Ends (as `'timeout'`) every streak not updated for `timeoutMs` as of `now`. O(1) when none is due. */
  expire(now: number, sink: GiftStreakSink): void {
    if (now < this.#checkAfter) return;
    const { timeoutMs } = this.#limits;
    for (const streak of this.#pending.values()) {
      const due = streak.lastUpdate + timeoutMs;
      if (due > now) {
        this.#checkAfter = due;
        return;
      }
      this.#pending.delete(streak.key);
      this.#remember(streak.key, streak.repeatCount);
      sink.end(streak, 'timeout');
    }
    // Empty: anything pushed later is updated at `now` or after.
    this.#checkAfter = now + timeoutMs;
  }

  /** Clock time at which the least recently updated open streak times out, if any. */
  nextDeadline(): number | undefined {
    for (const streak of this.#pending.values()) return streak.lastUpdate + this.#limits.timeoutMs;
    return undefined;
  }

  /** Ends every open streak with `reason` (source completion). */
  flush(sink: GiftStreakSink, reason: GiftStreakEndReason = 'complete'): void {
    for (const streak of this.#pending.values()) {
      this.#pending.delete(streak.key);
      this.#remember(streak.key, streak.repeatCount);
      sink.end(streak, reason);
    }
  }

  /** Forgets everything (teardown). */
  clear(): void {
    this.#pending.clear();
    this.#finalized.clear();
    this.#finalizedKeys.length = 0;
    this.#finalizedCounts.length = 0;
  }

  #remember(key: string, repeatCount: number): void {
    const size = this.#limits.maxFinalized;
    if (size === 0) return;
    const seq = this.#finalizedSeq++;
    const slot = seq % size;
    const evicted = this.#finalizedKeys[slot];
    // The evicted key may have been remembered again since (a reused key without
    // a groupId); only forget it if this slot is still its latest one.
    if (evicted !== undefined && this.#finalized.get(evicted) === seq - size) this.#finalized.delete(evicted);
    this.#finalizedKeys[slot] = key;
    this.#finalizedCounts[slot] = repeatCount;
    this.#finalized.set(key, seq);
  }
}

/** A streak's reported fields (both streak operators' payloads share them), copied (the streak itself keeps changing while open). */
export function giftStreakTotals(streak: GiftStreak): Omit<FinalGift, 'endedBy'> {
  return {
    message: streak.message,
    userId: streak.userId,
    giftId: streak.giftId,
    groupId: streak.groupId,
    repeatCount: streak.repeatCount,
    diamondCount: streak.diamondCount,
    totalDiamonds: streak.diamondCount * streak.repeatCount,
  };
}

/** Maps tracker callbacks to emitted values; `undefined` means "emit nothing". */
export interface GiftStreakProjection<R> {
  progress?(streak: GiftStreak, advanced: boolean): R | undefined;
  end(streak: GiftStreak, reason: GiftStreakEndReason): R;
}

/**
 * Builds a streak-aware operator: feeds each gift into a fresh tracker per
 * subscription, keeps ONE timer armed for the earliest streak deadline (so the
 * cost per event stays O(1)), flushes open streaks as `'complete'` when the
 * source completes, and drops them on error or unsubscribe. Time comes from the config's
 * `scheduler`, else from `defaultClock` (the public operators pass `asyncScheduler`).
 */
export function giftStreakOperator<R>(
  operator: string,
  config: number | GiftStreakOperatorOptions | undefined,
  projection: GiftStreakProjection<R>,
  defaultClock: Clock = systemClock,
): OperatorFunction<WebcastGiftMessage, R> {
  const { limits, scheduler: given } = resolveGiftStreakOperatorConfig(operator, config);
  const scheduler: Clock = given ?? defaultClock;

  return (source) =>
    new Observable<R>((subscriber) => {
      const tracker = new GiftStreakTracker(limits);
      let timer: { unsubscribe(): void } | undefined;
      const sink: GiftStreakSink = {
        progress(streak, advanced) {
          const value = projection.progress?.(streak, advanced);
          if (value !== undefined) subscriber.next(value);
        },
        end(streak, reason) {
          subscriber.next(projection.end(streak, reason));
        },
      };

      const arm = (): void => {
        if (timer !== undefined || subscriber.closed || limits.timeoutMs === Number.POSITIVE_INFINITY) return;
        const deadline = tracker.nextDeadline();
        if (deadline === undefined) return;
        timer = scheduler.schedule(() => {
          timer = undefined;
          tracker.expire(scheduler.now(), sink);
          // The first open streak may have been updated since the timer was armed;
          // re-arm for whatever is now the earliest deadline.
          arm();
        }, Math.max(0, deadline - scheduler.now()));
      };

      // Registered before subscribing: a synchronous source may end the subscription
      // while `subscribe` is still running, and `add` on a closed subscriber runs at once.
      subscriber.add(() => {
        timer?.unsubscribe();
        timer = undefined;
        tracker.clear();
      });
      subscriber.add(
        source.subscribe({
          next(message) {
            if (subscriber.closed) return;
            if (typeof message !== 'object' || message === null) {
              subscriber.error(
                new TypeError(
                  `${operator}: expected WebcastGiftMessage objects, got ${message === null ? 'null' : typeof message}. Pipe it from the gift stream (or filter events by type 'WebcastGiftMessage' and map to .data first).`,
                ),
              );
              return;
            }
            tracker.push(message, scheduler.now(), sink);
            arm();
          },
          error(error: unknown) {
            subscriber.error(error);
          },
          complete() {
            timer?.unsubscribe();
            timer = undefined;
            tracker.flush(sink, 'complete');
            subscriber.complete();
          },
        }),
      );
    });
}

/** `repeatCount` as a unit count: a sent gift is at least one unit (v3 defaults the field to 0). */
function unitCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

function diamondsPerUnit(message: WebcastGiftMessage): number {
  const value = message.gift?.diamondCount;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** `''` and `'0'` are the int64 defaults: no real group id. */
function hasGroupId(groupId: string): boolean {
  return groupId !== '' && groupId !== '0';
}
