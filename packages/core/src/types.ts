/**
 * Public types of the client: state, snapshot, stream payloads, the connection
 * and the client options.
 */
import type { Observable } from 'rxjs';
import type {
  WebcastChatMessage,
  WebcastGiftMessage,
  WebcastLikeMessage,
  WebcastMemberMessage,
  WebcastSocialMessage,
} from 'tiktok-live-proto/v3';
import type { FeatureFlags } from '@tiktok-live-rx/protocol';
import type { TikTokLiveError } from './errors.js';
import type { LiveEvent, LiveEventMap, LiveEventType, RoomInfo } from './events.js';
import type { FinalGift, FinalizeGiftStreaksConfig } from './operators/finalizeGiftStreaks.js';
import type { GiftStreakUpdate } from './operators/giftStreakProgress.js';
import type { ReconnectConfig } from './operators/reconnectWithBackoff.js';
import type { SessionTotals, SessionTotalsConfig } from './operators/sessionTotals.js';
import type { WebSocketConstructor } from './transport/webSocketTransport.js';

/**
 * Where a connection stands:
 * - `idle`: nobody subscribed (or `disconnect()` was called);
 * - `connecting`: first attempt in flight (or an attempt after a `connected` session, without backoff);
 * - `connected`: the session started (room info or events arrived);
 * - `reconnecting`: an attempt failed and the next one is due at `nextRetryAt` (one state per failed attempt);
 * - `waiting`: the creator is offline; waiting until live (`waitUntilLive` option), one state per wait;
 * - `offline`: the creator is not live, or no such creator exists (4404 without `waitUntilLive`); streams completed; `error` says which close;
 * - `ended`: the stream ended (4005 or a ControlMessage end) without `waitUntilLive`; streams completed;
 * - `error`: fatal (4400, 4401, 4403, a rejected credential, retries exhausted); data streams errored, `state$` and `errors$` completed; see `error`.
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'waiting' | 'offline' | 'ended' | 'error';

/** The connection state `state$` replays. A new object only when something changed. */
export interface LiveState {
  /** Where the connection stands. */
  readonly status: LiveStatus;
  /**
   * The retry number: 0 for a run's first attempt and always 0 while `connected`; in
   * `reconnecting` / `waiting` the number of the failed attempt that is being retried
   * (1, 2, …; the backoff counter restarts only after `reconnect.minUptime` of uptime).
   */
  readonly attempt: number;
  /** Close code of the last close, while `reconnecting`, `waiting`, `offline`, `ended` or `error`. */
  readonly closeCode?: number | undefined;
  /** Close reason (or a short description) of the last close. */
  readonly reason?: string | undefined;
  /** When the next attempt starts, epoch ms (`reconnecting` / `waiting`). */
  readonly nextRetryAt?: number | undefined;
  /** The error behind `reconnecting`, `waiting`, `offline` or `error`. Never contains credentials. */
  readonly error?: TikTokLiveError | undefined;
}

/** A reconnect gap: events between `from` and `to` (epoch ms) were probably missed. */
export interface GapMarker {
  /** Arrival time of the last frame before the drop, epoch ms. */
  readonly from: number;
  /** Arrival time of the first frame after the reconnect, epoch ms. */
  readonly to: number;
}

/** Why `streamEnd$` fired. */
export interface StreamEndEvent {
  /** `stream-ended`: ControlMessage action 3 or close 4005; `stream-suspended`: ControlMessage action 4 (moderation). */
  readonly reason: 'stream-ended' | 'stream-suspended';
  /** The ControlMessage action (3 or 4), when the end came from one. */
  readonly action?: number | undefined;
  /** 4005, when the end came from the close (no ControlMessage before it). */
  readonly closeCode?: number | undefined;
  /** When it was seen, epoch ms. */
  readonly at: number;
}

/** The immutable, change-only view the store adapter hands to UI bindings. */
export interface LiveSnapshot {
  /** The normalised creator handle. */
  readonly uniqueId: string;
  /** See {@link LiveStatus}. */
  readonly status: LiveStatus;
  /** See {@link LiveState.attempt}. */
  readonly attempt: number;
  /** The error behind `reconnecting`, `waiting` or `error`. */
  readonly error: TikTokLiveError | undefined;
  /** Close code of the last close, if any. */
  readonly closeCode: number | undefined;
  /** When the next attempt starts, epoch ms. */
  readonly nextRetryAt: number | undefined;
  /** The latest room info (kept across reconnects). */
  readonly roomInfo: RoomInfo | undefined;
  /** The latest viewer count (viewer-count messages and room info; equals `totals$`'s `viewers.current`). */
  readonly viewerCount: number | undefined;
  /** The latest total like count (`WebcastLikeMessage.total`). */
  readonly likeTotal: number | undefined;
  /** Whether the creator is live; `undefined` until known. */
  readonly isLive: boolean | undefined;
  /** The most recent chat messages, oldest first (bounded by `recentChatLimit`). */
  readonly recentChat: readonly WebcastChatMessage[];
}

/** The store adapter (`useSyncExternalStore` contract). */
export interface LiveStore {
  /** Registers a listener; the first one opens the shared socket. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot; the same object until something changes. */
  getSnapshot(): LiveSnapshot;
  /** A constant idle snapshot for server rendering. */
  getServerSnapshot(): LiveSnapshot;
}

/** The connection for one creator: lazy, shared streams over one socket. */
export interface LiveConnection {
  /** The normalised creator handle. */
  readonly uniqueId: string;
  /** Every item, as `{ type, data }`; unknown types as `{ type: 'unknown', wireType, data }`. */
  readonly events$: Observable<LiveEvent>;
  /** Items of one wire type, by name (typed for known names; unknown names give `unknown` data). */
  on$<K extends LiveEventType>(type: K): Observable<LiveEventMap[K]>;
  on$(type: string): Observable<unknown>;
  /** Room info; the latest one is replayed to late subscribers. */
  readonly roomInfo$: Observable<RoomInfo>;
  /** Chat messages. */
  readonly chat$: Observable<WebcastChatMessage>;
  /** Gift messages, streak frames included (see the `finalizeGiftStreaks` operator). */
  readonly gift$: Observable<WebcastGiftMessage>;
  /** Like batches. */
  readonly like$: Observable<WebcastLikeMessage>;
  /** Joins (and member actions such as subscribe). */
  readonly member$: Observable<WebcastMemberMessage>;
  /** Follows: `WebcastSocialMessage` that `socialKind` classifies as `'follow'` (the same rule `totals$` counts by). */
  readonly follow$: Observable<WebcastSocialMessage>;
  /** Shares: `WebcastSocialMessage` that `socialKind` classifies as `'share'`. */
  readonly share$: Observable<WebcastSocialMessage>;
  /** Viewer count from `WebcastRoomUserSeqMessage.total` and room info (`viewerCountOf`); distinct, latest replayed. */
  readonly viewerCount$: Observable<number>;
  /** Fires once per stream end (ControlMessage action 3/4 or close 4005). */
  readonly streamEnd$: Observable<StreamEndEvent>;
  /** Connection state; replayed, distinct. Like every stream here, subscribing to it opens the shared socket. */
  readonly state$: Observable<LiveState>;
  /**
   * Problems: malformed frames/items, unsupported binary frames. On a fatal close it emits the
   * fatal error as its last value and completes: it never errors, so a next-only subscriber is safe.
   */
  readonly errors$: Observable<TikTokLiveError>;
  /** A marker after every reconnect that follows a drop. */
  readonly gaps$: Observable<GapMarker>;
  /** Whether the creator is live; replayed, distinct; first value once known. */
  readonly isLive$: Observable<boolean>;
  /**
   * Every text frame exactly as received (before parsing, de-duplication or
   * normalisation), binary frames excluded. Record a session with
   * `live.frames$.pipe(recordFrames({ to: 'session.ndjson' }))` from `@tiktok-live-rx/core/node`.
   */
  readonly frames$: Observable<string>;
  /**
   * One {@link FinalGift} per gift: a whole streak once it ends (`repeatEnd`, or the
   * `giftStreaks.timeoutMs` fallback, `endedBy: 'timeout'`) or a non-streakable gift
   * at once: `gift$.pipe(finalizeGiftStreaks(options.giftStreaks))`, shared by every
   * subscriber. Open streaks survive reconnects (a streak cut by a drop ends by its
   * timeout); they are emitted as `'complete'` when the stream ends and dropped on a
   * fatal error.
   */
  readonly giftFinal$: Observable<FinalGift>;
  /**
   * Live combo counters: `gift$.pipe(giftStreakProgress(options.giftStreaks))`, shared.
   * Same streak rules and lifetime as {@link LiveConnection.giftFinal$}.
   */
  readonly giftStreak$: Observable<GiftStreakUpdate>;
  /**
   * Session totals (diamonds, gifts, top gifters, likes, follows, shares, joins,
   * viewers): `sessionTotals(options.totals)` over the connection's events, shared, the
   * latest snapshot replayed (a zero snapshot first). Kept across reconnects (drops,
   * stalls, 4555, `reconnect()` while active); re-seeded (viewers, like total) by each
   * room info. Starts from zero again when a new stream begins after a stream end
   * (`waitUntilLive` re-arm, at the new stream's room info), after `reconnect()` from
   * `ended`/`error`, after `disconnect()`, and when nobody subscribed it for `disconnectGraceMs`.
   * After a stream end without `waitUntilLive`, late subscribers get the final totals,
   * then completion.
   */
  readonly totals$: Observable<SessionTotals>;
  /** The store adapter for UI bindings; its code loads on the first `subscribe()` / `getSnapshot()` (the idle snapshot until then). */
  readonly store: LiveStore;
  /** Opens the socket without a stream subscriber (idempotent); `disconnect()` releases it. */
  connect(): void;
  /** Closes the socket now, completes every stream subscription and goes `idle`. New subscriptions start afresh. */
  disconnect(): void;
  /**
   * Starts over: after `ended`, `error` or `disconnect()` it re-arms the connection (the store and
   * a `connect()` hold reattach at once); while active it drops the socket and pending waits and
   * connects again with a fresh attempt counter.
   */
  reconnect(): void;
}

/** Context handed to credential providers. */
export interface CredentialContext {
  /** The normalised creator handle the connection is for. */
  uniqueId: string;
}

/** An async credential provider, called before every connect attempt. */
export type CredentialProvider = (ctx: CredentialContext) => Promise<string>;

/** A credential: a fixed string, or a provider called before every connect attempt. */
export type Credential = string | CredentialProvider;

/** The `dedupe` option. */
export interface DedupeOptions {
  /** How many distinct delivered `common.msgId`s are remembered (FIFO); memory stays bounded by it. @default 2000 */
  window?: number;
}

/** The `totals` option: `sessionTotals` settings for `totals$` (it always emits its zero snapshot first). */
export type LiveTotalsOptions = Omit<SessionTotalsConfig, 'emitInitial'>;

/** The `waitUntilLive` option. */
export interface WaitUntilLiveOptions {
  /** Base wait between attempts while the creator is offline, in ms (± 20 % jitter). @default 60000 */
  interval?: number;
  /** After the stream ended (4005), wait for the next live instead of ending. @default true */
  rearmAfterEnd?: boolean;
  /**
   * Ask `GET {restUrl}/webcast/room_id?uniqueId=…` (`is_live`) after each wait before opening a
   * socket; or your own check. @default false
   */
  probe?: boolean | ((ctx: CredentialContext) => Promise<boolean>);
}

/** Authenticate with an API key (servers only). */
export interface ApiKeyAuth {
  /** API key (servers only: never ship it to a browser). Exclusive with `jwt`. */
  apiKey: Credential;
  /** Not with `apiKey`. */
  jwt?: undefined;
}

/** Authenticate with a JWT (browsers; mint it on your backend). */
export interface JwtAuth {
  /** JWT, typically a provider that asks your backend for a fresh, short-lived token. Exclusive with `apiKey`. */
  jwt: Credential;
  /** Not with `jwt`. */
  apiKey?: undefined;
}

/** Options of `createLiveClient`: exactly one credential (`apiKey` or `jwt`), everything else optional. */
export type LiveClientOptions = LiveClientSettings & (ApiKeyAuth | JwtAuth);

/** The optional settings of {@link LiveClientOptions}. */
export interface LiveClientSettings {
  /** The service's WebSocket URL. @default 'wss://ws.eulerstream.com' */
  url?: string;
  /** Service feature flags; only the ones you set are sent (plus the pinned `schemaVersion`). @default {} */
  features?: FeatureFlags;
  /** Reconnect policy: `false` turns it off, `true` uses the defaults. @default true */
  reconnect?: boolean | ReconnectConfig;
  /** Wait for an offline creator to go live (4404) and re-arm after a stream end (4005). @default false */
  waitUntilLive?: boolean | WaitUntilLiveOptions;
  /** Client watchdog: no frame for this long closes the socket and reconnects; `0`/`false` disables. @default 90000 */
  stallTimeoutMs?: number | false;
  /** A socket that does not open within this many ms counts as a failed upgrade. @default 15000 */
  connectTimeoutMs?: number;
  /**
   * Grace period, in ms, between the last subscriber leaving and the socket closing (a
   * re-subscription within it reuses the socket, e.g. React StrictMode). @default 1000
   */
  disconnectGraceMs?: number;
  /** @deprecated The old name of {@link LiveClientSettings.disconnectGraceMs} (same meaning). */
  keepAliveMs?: number;
  /** WebSocket constructor (e.g. `ws` in Node, `globalThis.WebSocket` in browsers). @default isomorphic-ws */
  WebSocket?: WebSocketConstructor;
  /** REST base URL, for the `waitUntilLive.probe`. @default 'https://tiktok.eulerstream.com' */
  restUrl?: string;
  /** How many recent chat messages the store snapshot keeps. @default 50 */
  recentChatLimit?: number;
  /**
   * Drop TikTok items whose `common.msgId` was already seen among the last `window`
   * delivered ids (across reconnects), before any stream, the store or `events$` sees
   * them. Only items of a type somebody consumes are remembered (an item nobody
   * received cannot be a duplicate to anyone). `false` delivers duplicates. Items
   * without an id (or id `'0'`) always pass.
   * @default true (window 2000)
   */
  dedupe?: boolean | DedupeOptions;
  /**
   * Streak settings of `giftFinal$` and `giftStreak$` (`timeoutMs` 10 s, `maxPending`
   * 1000, `maxFinalized` 5000), also the default of `totals.streaks`.
   * @default {}
   */
  giftStreaks?: FinalizeGiftStreaksConfig;
  /**
   * Settings of `totals$` (`topN`, `maxUsers`, `streaks`, `initial`, `scheduler`).
   * `initial` seeds the first totals only (resume after a restart); later resets
   * start from zero. `streaks` defaults to `giftStreaks`.
   * @default {}
   */
  totals?: LiveTotalsOptions;
}

/** An item of a {@link LiveMany} stream: the payload tagged with its creator and type. */
export interface TaggedItem<K extends string, T> {
  /** The normalised creator handle the item came from. */
  readonly uniqueId: string;
  /** The wire type (`'WebcastChatMessage'`, …), or `'giftFinal'` on `giftFinal$`. */
  readonly type: K;
  /** The payload, as on the single-creator stream. */
  readonly data: T;
}

/** An `events$` item of {@link LiveMany}: a {@link LiveEvent} plus its creator's handle. */
export type TaggedLiveEvent = LiveEvent & { readonly uniqueId: string };

/**
 * Several creators at once (`client.liveMany(ids)`): merged, tagged streams over the
 * same shared, ref-counted connections `client.live(id)` returns. A creator whose
 * connection ends or fails drops out of the merged streams (the others go on);
 * `states$` shows why.
 */
export interface LiveMany {
  /** The normalised handles, de-duplicated, in the order given. */
  readonly uniqueIds: readonly string[];
  /** The underlying connections, in `uniqueIds` order (the same objects as `client.live(id)`). */
  readonly connections: readonly LiveConnection[];
  /** Every item of every creator, tagged `{ uniqueId, type, data }`. */
  readonly events$: Observable<TaggedLiveEvent>;
  /** Chat messages of every creator. */
  readonly chat$: Observable<TaggedItem<'WebcastChatMessage', WebcastChatMessage>>;
  /** Gift messages (streak frames included) of every creator. */
  readonly gift$: Observable<TaggedItem<'WebcastGiftMessage', WebcastGiftMessage>>;
  /** One final gift per streak (each creator's `giftFinal$`). */
  readonly giftFinal$: Observable<TaggedItem<'giftFinal', FinalGift>>;
  /**
   * Every creator's {@link LiveState} by handle; a new frozen object whenever one
   * changes, the latest replayed. First value once every connection reported its state.
   */
  readonly states$: Observable<Readonly<Record<string, LiveState>>>;
}

/**
 * Anything that hands out one {@link LiveConnection} per creator: the core's `LiveClient`,
 * or another source with the same streams (such as `@tiktok-live-rx/relay`'s client).
 * The React and Vue bindings accept any `LiveSource`.
 */
export interface LiveSource {
  /** The connection for a creator (`user`, `@user` or a profile URL); the same object for the same handle. */
  live(uniqueId: string): LiveConnection;
}

/** The client: a registry of connections, one per creator. */
export interface LiveClient extends LiveSource {
  /**
   * Several creators at once: the connections of `client.live(id)` for each handle
   * (handles that normalise to the same creator collapse), with merged, tagged streams.
   * Throws a `TypeError` naming the first invalid handle.
   */
  liveMany(uniqueIds: readonly string[]): LiveMany;
  /** Disconnects every connection and completes their streams; the client cannot be used afterwards. */
  close(): void;
}
