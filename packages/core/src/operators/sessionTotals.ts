import type { WebcastGiftMessage, WebcastMemberMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import { Observable, asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import { resolveSessionTotalsConfig } from '../validation/sessionTotalsOperatorConfig.js';
import {
  GiftStreakTracker,
  type GiftStreak,
  type GiftStreakLimitOptions,
  type GiftStreakSink,
} from './giftStreakTracker.js';
import { avatarUrl } from '../selectors/avatarUrl.js';
import { LikeCounter, type LikeTotals } from './likesByUser.js';
import { Leaderboard, UserTallies, type UserTally } from './userTallies.js';
import { socialKind } from '../selectors/socialKind.js';
import { viewerCountOf } from '../selectors/viewerCount.js';

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

/** Defaults of {@link SessionTotalsConfig}. */
/** `WebcastMemberMessage.action` of a join (`MEMBER_MESSAGE_ACTION_JOINED`). */
const MEMBER_JOINED = 1;

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
  const { topN, maxUsers, limits, initial, emitInitial, scheduler } = resolveSessionTotalsConfig(config);

  return (source) =>
    new Observable<SessionTotals>((subscriber) => {
      const state = new SessionState(topN, maxUsers, new GiftStreakTracker(limits), scheduler.now(), initial);
      subscriber.add(() => state.dispose());
      if (emitInitial) subscriber.next(state.current());
      subscriber.add(
        source.subscribe({
          next(event) {
            if (subscriber.closed) return;
            if (state.apply(event, scheduler.now())) subscriber.next(state.snapshot(scheduler.now()));
          },
          error(error: unknown) {
            subscriber.error(error);
          },
          complete() {
            if (state.flush()) subscriber.next(state.snapshot(scheduler.now()));
            subscriber.complete();
          },
        }),
      );
    });
}

/** The mutable state behind the snapshots (one per subscription). */
class SessionState {
  readonly #tracker: GiftStreakTracker;
  readonly #gifters: Leaderboard;
  readonly #tallies: UserTallies;
  readonly #likes: LikeCounter;
  readonly #giftSink: GiftStreakSink;
  #diamonds = 0;
  #giftCount = 0;
  #follows = 0;
  #shares = 0;
  #joins = 0;
  #viewersCurrent = 0;
  #viewersPeak = 0;
  #changed = false;
  #last: SessionTotals;

  constructor(topN: number, maxUsers: number, tracker: GiftStreakTracker, now: number, initial?: SessionTotals) {
    this.#tracker = tracker;
    this.#gifters = new Leaderboard('diamonds', topN);
    const likeBoard = new Leaderboard('likes', topN);
    this.#tallies = new UserTallies(maxUsers, [this.#gifters, likeBoard]);
    this.#giftSink = {
      progress: () => undefined,
      end: (streak) => this.#countGift(streak),
    };

    let startedAt = now;
    let updatedAt = now;
    if (initial !== undefined) {
      this.#diamonds = count(initial.diamonds);
      this.#giftCount = count(initial.giftCount);
      this.#follows = count(initial.follows);
      this.#shares = count(initial.shares);
      this.#joins = count(initial.joins);
      this.#viewersCurrent = count(initial.viewers?.current);
      this.#viewersPeak = Math.max(count(initial.viewers?.peak), this.#viewersCurrent);
      for (const row of initial.topGifters ?? []) {
        this.#tallies.seed(row.userId, row.nickname, {
          diamonds: count(row.diamonds),
          gifts: count(row.gifts),
          uniqueId: text(row.uniqueId),
          avatarUrl: text(row.avatarUrl),
        });
      }
      if (typeof initial.startedAt === 'number') startedAt = initial.startedAt;
      if (typeof initial.updatedAt === 'number') updatedAt = initial.updatedAt;
    }
    this.#likes = new LikeCounter(likeBoard, this.#tallies, initial?.likes);
    this.#gifters.takeChanged();
    this.#last = {
      diamonds: this.#diamonds,
      giftCount: this.#giftCount,
      topGifters: this.#gifterRows(),
      likes: this.#likes.snapshot(),
      follows: this.#follows,
      shares: this.#shares,
      joins: this.#joins,
      viewers: { current: this.#viewersCurrent, peak: this.#viewersPeak },
      startedAt,
      updatedAt,
    };
  }

  /** The last snapshot built. */
  current(): SessionTotals {
    return this.#last;
  }

  /** Applies one event; true when any total changed. */
  apply(event: LiveEventLike, now: number): boolean {
    this.#changed = false;
    // Streaks whose end never came are counted once their timeout has passed.
    this.#tracker.expire(now, this.#giftSink);
    if (typeof event !== 'object' || event === null) return this.#changed;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return this.#changed;
    switch (event.type) {
      case 'WebcastGiftMessage':
        this.#tracker.push(data as WebcastGiftMessage, now, this.#giftSink);
        break;
      case 'WebcastLikeMessage':
        if (this.#likes.apply(data as Parameters<LikeCounter['apply']>[0])) this.#changed = true;
        break;
      case 'WebcastMemberMessage':
        if (Number((data as WebcastMemberMessage).action) === MEMBER_JOINED) {
          this.#joins++;
          this.#changed = true;
        }
        break;
      case 'WebcastSocialMessage': {
        const kind = socialKind(data as WebcastSocialMessage);
        if (kind === 'follow') this.#follows++;
        else if (kind === 'share') this.#shares++;
        if (kind !== undefined) this.#changed = true;
        break;
      }
      case 'WebcastRoomUserSeqMessage':
        this.#setViewers(viewerCountOf(event.type, data));
        break;
      case 'roomInfo':
        this.#reseed(data as RoomInfoLike);
        break;
      default:
        break;
    }
    return this.#changed;
  }

  /** Counts every still-open streak (source completion); true when totals changed. */
  flush(): boolean {
    this.#changed = false;
    this.#tracker.flush(this.#giftSink, 'complete');
    return this.#changed;
  }

  /** Builds the next snapshot, reusing unchanged parts of the previous one. */
  snapshot(now: number): SessionTotals {
    const last = this.#last;
    const viewers =
      last.viewers.current === this.#viewersCurrent && last.viewers.peak === this.#viewersPeak
        ? last.viewers
        : { current: this.#viewersCurrent, peak: this.#viewersPeak };
    this.#last = {
      diamonds: this.#diamonds,
      giftCount: this.#giftCount,
      topGifters: this.#gifters.takeChanged() ? this.#gifterRows() : last.topGifters,
      likes: this.#likes.snapshot(),
      follows: this.#follows,
      shares: this.#shares,
      joins: this.#joins,
      viewers,
      startedAt: last.startedAt,
      updatedAt: now,
    };
    return this.#last;
  }

  dispose(): void {
    this.#tracker.clear();
  }

  #countGift(streak: GiftStreak): void {
    const diamonds = streak.diamondCount * streak.repeatCount;
    this.#diamonds += diamonds;
    this.#giftCount += streak.repeatCount;
    this.#changed = true;
    if (!streak.userId) return;
    const user = streak.message.user;
    const tally = this.#tallies.get(streak.userId, user?.nickname);
    this.#tallies.profile(tally, text((user as { displayId?: unknown } | undefined)?.displayId), avatarUrl(user));
    tally.diamonds += diamonds;
    tally.gifts += streak.repeatCount;
    if (diamonds > 0) this.#gifters.offer(tally);
    else this.#gifters.touch(tally);
  }

  #setViewers(viewers: number | undefined): void {
    if (viewers === undefined) return;
    if (viewers !== this.#viewersCurrent) {
      this.#viewersCurrent = viewers;
      this.#changed = true;
    }
    if (viewers > this.#viewersPeak) {
      this.#viewersPeak = viewers;
      this.#changed = true;
    }
  }

  /** A (re)connect's room info: refresh viewers, raise the like total; never zero anything. */
  #reseed(info: RoomInfoLike): void {
    const raw = typeof info.raw === 'object' && info.raw !== null ? info.raw : info;
    this.#setViewers(viewerCountOf('roomInfo', info));
    const stats = raw.stats;
    if (typeof stats === 'object' && stats !== null && this.#likes.raiseTotal(stats.like_count)) {
      this.#changed = true;
    }
  }

  #gifterRows(): readonly GifterTotals[] {
    return Object.freeze(this.#gifters.entries().map(toGifterRow));
  }
}

/** The room-info fields read when re-seeding (see `RoomInfoRaw` in events.ts). */
interface RoomInfoFields {
  user_count?: unknown;
  stats?: { like_count?: unknown } | null;
}
interface RoomInfoLike extends RoomInfoFields {
  raw?: RoomInfoFields | null;
}

function toGifterRow(tally: UserTally): GifterTotals {
  return {
    userId: tally.userId,
    nickname: tally.nickname,
    uniqueId: tally.uniqueId,
    avatarUrl: tally.avatarUrl,
    diamonds: tally.diamonds,
    gifts: tally.gifts,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
