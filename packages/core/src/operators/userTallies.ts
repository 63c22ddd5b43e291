/**
 * Private helper shared by `sessionTotals` and `likesByUser`: per-user totals in
 * a bounded map plus small top-N leaderboards that are kept sorted incrementally.
 *
 * Bounds: at most `maxUsers` users are tracked. When a new user would exceed it,
 * an idle user who is on no leaderboard is forgotten (a user who comes back later
 * starts from zero again). Leaderboard members are never forgotten, so the
 * leaderboards stay exact. "Idle" is approximated with the CLOCK (second-chance)
 * algorithm: users sit in a fixed ring of `maxUsers` slots; a hit only sets a
 * flag; to make room, a hand sweeps the ring clearing flags and forgets the first
 * user that was neither touched since the hand last passed nor on a leaderboard.
 * Cost per update: one map lookup (amortised O(1) for the sweep), O(topN) at
 * worst for a leaderboard change.
 */

/** Running totals of one user. Mutable inside the helper; snapshots copy it. */
export interface UserTally {
  readonly userId: string;
  nickname: string;
  /** The user's handle (`user.displayId`), when seen. */
  uniqueId: string | undefined;
  /** The user's avatar URL, when seen. */
  avatarUrl: string | undefined;
  diamonds: number;
  gifts: number;
  likes: number;
  /** Seen since the eviction hand last passed it. */
  touched: boolean;
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
  readonly #users = new Map<string, UserTally>();
  /** The CLOCK ring: every tracked user, in a fixed slot. */
  readonly #slots: UserTally[] = [];
  #hand = 0;

  /** `maxUsers` must exceed the total size of `boards`, so there is always someone to forget. */
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
    if (tally !== undefined) {
      tally.touched = true;
      if (nickname && nickname !== tally.nickname) {
        tally.nickname = nickname;
        for (const board of this.boards) board.touch(tally);
      }
      return tally;
    }
    tally = { userId, nickname: nickname ?? '', uniqueId: undefined, avatarUrl: undefined, diamonds: 0, gifts: 0, likes: 0, touched: false };
    if (this.#slots.length < this.maxUsers) {
      this.#slots.push(tally);
    } else {
      const slot = this.#sweep();
      this.#users.delete((this.#slots[slot] as UserTally).userId);
      this.#slots[slot] = tally;
    }
    this.#users.set(userId, tally);
    return tally;
  }

  /** Records the user's handle and avatar (when given and new), telling the boards the user is on. */
  profile(tally: UserTally, uniqueId: string | undefined, avatarUrl: string | undefined): void {
    let changed = false;
    if (uniqueId && uniqueId !== tally.uniqueId) {
      tally.uniqueId = uniqueId;
      changed = true;
    }
    if (avatarUrl && avatarUrl !== tally.avatarUrl) {
      tally.avatarUrl = avatarUrl;
      changed = true;
    }
    if (changed) for (const board of this.boards) board.touch(tally);
  }

  /** Seeds a tally (resuming from a snapshot); values replace what is tracked. */
  seed(
    userId: string,
    nickname: string,
    values: Partial<Pick<UserTally, 'diamonds' | 'gifts' | 'likes' | 'uniqueId' | 'avatarUrl'>>,
  ): void {
    const tally = this.get(userId, nickname);
    this.profile(tally, values.uniqueId, values.avatarUrl);
    if (values.diamonds !== undefined) tally.diamonds = values.diamonds;
    if (values.gifts !== undefined) tally.gifts = values.gifts;
    if (values.likes !== undefined) tally.likes = values.likes;
    for (const board of this.boards) {
      if (tally[board.metric] > 0) board.offer(tally);
      else board.touch(tally);
    }
  }

  /** Moves the hand to the next slot whose user can be forgotten and returns it. */
  #sweep(): number {
    const slots = this.#slots;
    // Each pass over a touched user clears its flag (paid for by the hit that set
    // it), and board members are at most sum(board sizes) < maxUsers, so this ends
    // within two turns of the ring.
    for (;;) {
      const slot = this.#hand;
      this.#hand = slot + 1 === slots.length ? 0 : slot + 1;
      const tally = slots[slot] as UserTally;
      if (tally.touched) {
        tally.touched = false;
        continue;
      }
      if (this.boards.some((board) => board.has(tally))) continue;
      return slot;
    }
  }
}
