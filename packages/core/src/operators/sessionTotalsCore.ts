/**
 * `sessionTotals` without an rxjs scheduler: the state behind the snapshots and the operator,
 * timed by the config's scheduler, else by a clock the caller passes. The client's `totals$`
 * chunk imports this (system clock); the public operator is this with `asyncScheduler`.
 */
import type { WebcastGiftMessage, WebcastMemberMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import { Observable, type OperatorFunction } from 'rxjs';
import { resolveSessionTotalsConfig } from '../validation/sessionTotalsOperatorConfig.js';
import { GiftStreakTracker, type GiftStreak, type GiftStreakSink } from './giftStreakTracker.js';
import { avatarUrl } from '../selectors/avatarUrl.js';
import { LikeCounter } from './likesByUser.js';
import type { GifterTotals, LiveEventLike, SessionTotals, SessionTotalsConfig } from './sessionTotals.js';
import { systemClock, type Clock } from './systemClock.js';
import { Leaderboard, UserTallies, type UserTally } from './userTallies.js';
import { socialKind } from '../selectors/socialKind.js';
import { viewerCountOf } from '../selectors/viewerCount.js';

/** `WebcastMemberMessage.action` of a join (`MEMBER_MESSAGE_ACTION_JOINED`). */
const MEMBER_JOINED = 1;

/** {@link sessionTotals}' logic; its clock is the config's scheduler, else `defaultClock` (the system clock). */
export function sessionTotalsCore(
  config?: SessionTotalsConfig,
  defaultClock: Pick<Clock, 'now'> = systemClock,
): OperatorFunction<LiveEventLike, SessionTotals> {
  const { topN, maxUsers, limits, initial, emitInitial, scheduler: given } = resolveSessionTotalsConfig(config);
  const scheduler: Pick<Clock, 'now'> = given ?? defaultClock;

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
