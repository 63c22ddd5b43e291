/**
 * Private helper shared by `sessionTotals` and `likesByUser`: per-user totals in
 * a bounded map plus small top-N leaderboards that are kept sorted incrementally.
 *
 * Bounds: at most `maxUsers` users are tracked. When a new user would exceed it,
 * the least recently active user who is on no leaderboard is forgotten (a user
 * who comes back later starts from zero again). Leaderboard members are never
 * forgotten, so the leaderboards stay exact. Cost per update: O(1) for the map,
 * O(topN) at worst for a leaderboard change.
 */

/** Running totals of one user. Mutable inside the helper; snapshots copy it. */
export interface UserTally {
  readonly userId: string;
  nickname: string;
  diamonds: number;
  gifts: number;
  likes: number;
}

/** A metric a leaderboard ranks by. */
export type TallyMetric = 'diamonds' | 'likes';

/** A top-N list ranked by one metric, sorted descending; earlier arrivals win ties. */
export class Leaderboard {
  readonly metric: TallyMetric;
  readonly size: number;
  readonly #entries: UserTally[] = [];
  readonly #members = new Set<UserTally>();
  /** Set when order, membership or a member's values changed since the last `takeChanged`. */
  #changed = false;

  constructor(metric: TallyMetric, size: number) {
    this.metric = metric;
    this.size = size;
  }

  /** Is this user on the board? */
  has(tally: UserTally): boolean {
    return this.#members.has(tally);
  }

  /** Notes that a member's displayed fields (nickname, other totals) changed. */
  touch(tally: UserTally): void {
    if (this.#members.has(tally)) this.#changed = true;
  }

  /** Re-ranks `tally` after its metric grew. */
  offer(tally: UserTally): void {
    const m = this.metric;
    const entries = this.#entries;
    let index: number;
    if (this.#members.has(tally)) {
      index = entries.indexOf(tally);
    } else if (entries.length < this.size) {
      index = entries.push(tally) - 1;
      this.#members.add(tally);
    } else {
      const last = entries[entries.length - 1];
      if (last === undefined || tally[m] <= last[m]) return;
      this.#members.delete(last);
      index = entries.length - 1;
      entries[index] = tally;
      this.#members.add(tally);
    }
    while (index > 0) {
      const above = entries[index - 1] as UserTally;
      if (above[m] >= tally[m]) break;
      entries[index] = above;
      entries[index - 1] = tally;
      index--;
    }
    this.#changed = true;
  }

  /** True once after each change (the caller then rebuilds its snapshot array). */
  takeChanged(): boolean {
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  /** The ranked members, best first (live objects: copy before exposing). */
  entries(): readonly UserTally[] {
    return this.#entries;
  }
}

/** The bounded per-user map with its leaderboards. */
export class UserTallies {
  readonly maxUsers: number;
  readonly boards: readonly Leaderboard[];
  /** Least recently active first (an update re-inserts at the end). */
  readonly #users = new Map<string, UserTally>();

  constructor(maxUsers: number, boards: readonly Leaderboard[]) {
    this.maxUsers = maxUsers;
    this.boards = boards;
  }

  /** Number of tracked users. */
  get size(): number {
    return this.#users.size;
  }

  /** Returns the user's tally (creating it, and forgetting an idle user past `maxUsers`). */
  get(userId: string, nickname: string | undefined): UserTally {
    let tally = this.#users.get(userId);
    if (tally === undefined) {
      tally = { userId, nickname: nickname ?? '', diamonds: 0, gifts: 0, likes: 0 };
      this.#users.set(userId, tally);
      if (this.#users.size > this.maxUsers) this.#evictOne();
      return tally;
    }
    this.#users.delete(userId);
    this.#users.set(userId, tally);
    if (nickname && nickname !== tally.nickname) {
      tally.nickname = nickname;
      for (const board of this.boards) board.touch(tally);
    }
    return tally;
  }

  /** Seeds a tally (resuming from a snapshot); values replace what is tracked. */
  seed(userId: string, nickname: string, values: Partial<Pick<UserTally, 'diamonds' | 'gifts' | 'likes'>>): void {
    const tally = this.get(userId, nickname);
    if (values.diamonds !== undefined) tally.diamonds = values.diamonds;
    if (values.gifts !== undefined) tally.gifts = values.gifts;
    if (values.likes !== undefined) tally.likes = values.likes;
    for (const board of this.boards) {
      if (tally[board.metric] > 0) board.offer(tally);
      else board.touch(tally);
    }
  }

  #evictOne(): void {
    // Leaderboard members are protected: move them to the newest end and keep
    // looking. The constructor's caller guarantees maxUsers > total board size,
    // so at most sum(board sizes) members are skipped.
    for (const tally of this.#users.values()) {
      if (this.boards.some((board) => board.has(tally))) {
        this.#users.delete(tally.userId);
        this.#users.set(tally.userId, tally);
        continue;
      }
      this.#users.delete(tally.userId);
      return;
    }
  }
}
