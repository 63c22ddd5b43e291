/**
 * What `tiktok-live watch` shows, as one observable: **the worked example of
 * composing the core's streams and operators** (linked from the core README).
 *
 * Each creator's `LiveConnection` offers shared, lazily connected streams over
 * one socket. The view below takes the raw ones it needs and shapes them with
 * RxJS and the operators from `@tiktok-live-rx/core/operators`:
 *
 *   state$        → status line (status, reconnect countdown via `nextRetryAt`)
 *   roomInfo$     → a header line per (re)connect
 *   viewerCount$  → viewers on the status line (throttled)
 *   like$         → the like total on the status line (distinct, throttled)
 *   chat$         → chat lines
 *   gift$         → finalizeGiftStreaks() → one line per finished streak
 *                 → topGifters(3)          → the leaderboard, keyed by user id
 *   totals$       → a session summary line (sessionTotals, kept by the connection)
 *
 * Every stream of one creator shares the same socket: subscribing to all of
 * them opens one connection, and unsubscribing the result closes it.
 */
import type { FinalGift, LiveConnection, LiveEventMap, LiveSource, LiveState, RoomInfo, SessionTotals } from '@tiktok-live-rx/core';
import { finalizeGiftStreaks } from '@tiktok-live-rx/core/operators';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  merge,
  of,
  share,
  throttleTime,
  type Observable,
} from 'rxjs';
import { topGifters, type Gifter } from './topGifters.js';

/** One thing to show, tagged with the creator it belongs to. */
export type WatchEvent =
  | { kind: 'state'; uniqueId: string; state: LiveState }
  | { kind: 'room'; uniqueId: string; room: RoomInfo }
  | { kind: 'viewers'; uniqueId: string; count: number }
  | { kind: 'likes'; uniqueId: string; total: number }
  | { kind: 'chat'; uniqueId: string; message: LiveEventMap['WebcastChatMessage'] }
  | { kind: 'gift'; uniqueId: string; gift: FinalGift }
  | { kind: 'topGifters'; uniqueId: string; gifters: readonly Gifter[] }
  | { kind: 'totals'; uniqueId: string; totals: SessionTotals }
  | { kind: 'failed'; uniqueId: string; error: Error };

/** How often the status figures (viewers, likes) and the leaderboard may change on screen. */
export interface WatchPacing {
  /** @default 1000 */
  statusMs?: number;
  /** @default 10000 */
  leaderboardMs?: number;
}

/**
 * Every creator's events merged into one stream. It completes once every
 * creator's stream has ended (stream end or not live without `waitUntilLive`);
 * a creator that fails emits one `failed` event and drops out, the others go on.
 */
export function watchEvents(source: LiveSource, uniqueIds: readonly string[], pacing: WatchPacing = {}): Observable<WatchEvent> {
  return merge(...uniqueIds.map((id) => creatorEvents(source.live(id), pacing)));
}

function creatorEvents(live: LiveConnection, { statusMs = 1000, leaderboardMs = 10_000 }: WatchPacing): Observable<WatchEvent> {
  const { uniqueId } = live;
  // Throttle status figures but always keep the latest value (leading + trailing).
  const pace = <T>(ms: number) => throttleTime<T>(ms, undefined, { leading: true, trailing: true });

  // gift$ carries every step of a streak (×1, ×2, … ×10, then the end). finalizeGiftStreaks
  // turns that into ONE FinalGift per streak; share() lets the gift lines and the
  // leaderboard use the same streak state instead of each finalising on its own.
  const finalGifts$ = live.gift$.pipe(finalizeGiftStreaks({ timeoutMs: 10_000 }), share());

  return merge(
    live.state$.pipe(map((state) => ({ kind: 'state', uniqueId, state }) as const)),
    live.roomInfo$.pipe(map((room) => ({ kind: 'room', uniqueId, room }) as const)),
    live.viewerCount$.pipe(pace<number>(statusMs), map((count) => ({ kind: 'viewers', uniqueId, count }) as const)),
    live.like$.pipe(
      map((like) => Number(like.total)),
      filter((total) => Number.isFinite(total) && total > 0),
      distinctUntilChanged(),
      pace<number>(statusMs),
      map((total) => ({ kind: 'likes', uniqueId, total }) as const),
    ),
    live.chat$.pipe(map((message) => ({ kind: 'chat', uniqueId, message }) as const)),
    finalGifts$.pipe(map((gift) => ({ kind: 'gift', uniqueId, gift }) as const)),
    finalGifts$.pipe(
      topGifters(3),
      pace<readonly Gifter[]>(leaderboardMs),
      map((gifters) => ({ kind: 'topGifters', uniqueId, gifters }) as const),
    ),
    // totals$ replays a zero snapshot first; a summary line is only worth printing once something happened.
    live.totals$.pipe(
      filter((totals) => totals.giftCount > 0 || totals.likes.total > 0),
      throttleTime(leaderboardMs, undefined, { leading: false, trailing: true }),
      map((totals) => ({ kind: 'totals', uniqueId, totals }) as const),
    ),
  ).pipe(
    // A fatal error (bad key, no permission, retries exhausted) errors every stream of this
    // creator; turn it into one event so the other creators keep going.
    catchError((error: unknown) => of({ kind: 'failed', uniqueId, error: error instanceof Error ? error : new Error(String(error)) } as const)),
  );
}
