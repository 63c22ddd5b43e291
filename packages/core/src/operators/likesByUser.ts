import type { WebcastLikeMessage } from 'tiktok-live-proto/v3';
import { Observable, type OperatorFunction } from 'rxjs';
import { configObject, integerOption } from '../validation/optionChecks.js';
import { Leaderboard, UserTallies, type UserTally } from './userTallies.js';

/** One row of a likes leaderboard. */
export interface LikerTotals {
  readonly userId: string;
  readonly nickname: string;
  /** Likes counted from this user's like events in this session. */
  readonly likes: number;
}

/** Like totals: the server's room total, what this session counted, and the top likers. */
export interface LikeTotals {
  /**
   * Best known room total: the max of the server's running total (`total` on like
   * events, `stats.like_count` in room info) and `counted`. Never decreases.
   */
  readonly total: number;
  /** Sum of `count` over the like events this session received. */
  readonly counted: number;
  /**
   * Top likers by `likes`, best first. TikTok batches likes (at most ~15 per event)
   * and drops some, so per-user counts under-report; `total` is the reliable figure.
   */
  readonly byUser: readonly LikerTotals[];
}

/** Options for {@link likesByUser}. Every field is optional. */
export interface LikesByUserConfig {
  /**
   * Length of the `byUser` leaderboard.
   * @default 10
   */
  topN?: number;
  /**
   * At most this many users are tracked (≈200 bytes each); past it an idle user who
   * is not on the leaderboard is forgotten (second-chance/CLOCK approximation of
   * least recently active; they start from zero if they come back). Must be
   * greater than `topN`.
   * @default 10_000
   */
  maxUsers?: number;
  /**
   * Totals to resume from (e.g. the last value before a restart). The leaderboard
   * users are restored; other users start from zero.
   * @default undefined (start from zero)
   */
  initial?: LikeTotals;
}

/** Defaults of {@link LikesByUserConfig}. */
const DEFAULT_TOP_N = 10;
const DEFAULT_MAX_USERS = 10_000;

/**
 * Counts likes per user and in total: a scan-style operator that emits a new
 * immutable {@link LikeTotals} after every like event that changes something.
 * Memory is bounded by `maxUsers` tallies; the `byUser` array is rebuilt only
 * when the leaderboard changes (otherwise the previous array is reused).
 *
 * @param config Options, or the leaderboard length as a shorthand.
 * @example
 * ```ts
 * connection.like$.pipe(likesByUser({ topN: 5 }), throttleTime(500)).subscribe(renderLikes);
 * ```
 * @see sessionTotals for likes together with gifts, follows, joins and viewers.
 */
export function likesByUser(config?: number | LikesByUserConfig): OperatorFunction<WebcastLikeMessage, LikeTotals> {
  const options =
    typeof config === 'number' ? { topN: config } : configObject<LikesByUserConfig>('likesByUser', config, 'a leaderboard size or a config object');
  const topN = integerOption('likesByUser', 'topN', options?.topN, DEFAULT_TOP_N);
  const maxUsers = integerOption('likesByUser', 'maxUsers', options?.maxUsers, Math.max(DEFAULT_MAX_USERS, topN + 1), topN + 1);
  const initial = options?.initial;

  return (source) =>
    new Observable<LikeTotals>((subscriber) => {
      const board = new Leaderboard('likes', topN);
      const counter = new LikeCounter(board, new UserTallies(maxUsers, [board]), initial);
      subscriber.add(
        source.subscribe({
          next(message) {
            if (counter.apply(message)) subscriber.next(counter.snapshot());
          },
          error(error: unknown) {
            subscriber.error(error);
          },
          complete() {
            subscriber.complete();
          },
        }),
      );
    });
}

/**
 * The like-counting state machine (also used by `sessionTotals`): per-user likes in
 * a bounded map, a top-N board, the counted sum and the best known server total.
 */
export class LikeCounter {
  readonly #board: Leaderboard;
  readonly #tallies: UserTallies;
  #total = 0;
  #counted = 0;
  #last: LikeTotals;

  /** `board` must rank by `'likes'` and be one of `tallies.boards`. */
  constructor(board: Leaderboard, tallies: UserTallies, initial?: LikeTotals) {
    this.#board = board;
    this.#tallies = tallies;
    this.#last = { total: 0, counted: 0, byUser: Object.freeze([]) };
    if (initial !== undefined) {
      this.#total = finiteOrZero(initial.total);
      this.#counted = finiteOrZero(initial.counted);
      for (const row of initial.byUser ?? []) {
        this.#tallies.seed(row.userId, row.nickname, { likes: finiteOrZero(row.likes) });
      }
      this.#last = { total: Math.max(this.#total, this.#counted), counted: this.#counted, byUser: this.#rows() };
      this.#board.takeChanged();
    }
  }

  /** Applies one like event; true when the totals changed. */
  apply(message: WebcastLikeMessage | null | undefined): boolean {
    if (typeof message !== 'object' || message === null) return false;
    const count = typeof message.count === 'number' && Number.isFinite(message.count) && message.count > 0 ? message.count : 0;
    let changed = this.raiseTotal(message.total);
    if (count > 0) {
      this.#counted += count;
      changed = true;
      const userId = message.user?.id;
      if (userId) {
        const tally = this.#tallies.get(userId, message.user?.nickname);
        tally.likes += count;
        this.#board.offer(tally);
      }
    }
    return changed;
  }

  /** Raises the known server total (like events' `total`, room info's like count); true if it grew. */
  raiseTotal(value: unknown): boolean {
    const total = typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
    if (!Number.isFinite(total) || total <= this.#total) return false;
    this.#total = total;
    return true;
  }

  /** The current totals; the same object until something changes. */
  snapshot(): LikeTotals {
    const total = Math.max(this.#total, this.#counted);
    const boardChanged = this.#board.takeChanged();
    if (!boardChanged && total === this.#last.total && this.#counted === this.#last.counted) return this.#last;
    this.#last = {
      total,
      counted: this.#counted,
      byUser: boardChanged ? this.#rows() : this.#last.byUser,
    };
    return this.#last;
  }

  #rows(): readonly LikerTotals[] {
    return Object.freeze(this.#board.entries().map(toLikerRow));
  }
}

function toLikerRow(tally: UserTally): LikerTotals {
  return { userId: tally.userId, nickname: tally.nickname, likes: tally.likes };
}

function finiteOrZero(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
