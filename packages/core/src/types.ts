/**
 * Public types of the client: state, snapshot, stream payloads, the connection
 * handle and the client options.
 */
import type { Observable } from 'rxjs';
import type {
  WebcastChatMessage,
  WebcastGiftMessage,
  WebcastLikeMessage,
  WebcastMemberMessage,
  WebcastSocialMessage,
} from 'tiktok-live-connector';
import type { TikTokLiveError } from './errors.js';
import type { LiveEvent, LiveEventMap, LiveEventType, RoomInfo } from './events.js';
import type { ReconnectConfig } from './operators/reconnectWithBackoff.js';
import type { FeatureFlags } from './protocol/featureFlags.js';
import type { WebSocketConstructor } from './transport/webSocketTransport.js';

/**
 * Where a connection stands:
 * - `idle`: nobody subscribed (or `disconnect()` was called);
 * - `connecting`: first attempt in flight;
 * - `connected`: the session started (room info or events arrived);
 * - `reconnecting`: lost, retrying with backoff (`attempt`, `nextRetryAt`);
 * - `waiting`: the creator is offline; waiting until live (`waitUntilLive` option);
 * - `ended`: the stream ended (4005) or the creator is not live (4404) without `waitUntilLive`; streams completed;
 * - `error`: fatal (4400, 4401, 4403, retries exhausted); streams errored; see `error`.
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'waiting' | 'ended' | 'error';

/** The connection state `state$` replays. A new object only when something changed. */
export interface LiveState {
  /** Where the connection stands. */
  readonly status: LiveStatus;
  /** Consecutive failed attempts behind the current one (0 on a fresh start; resets after `minUptime`). */
  readonly attempt: number;
  /** Close code of the last close, while `reconnecting`, `waiting`, `ended` or `error`. */
  readonly closeCode?: number | undefined;
  /** Close reason (or a short description) of the last close. */
  readonly reason?: string | undefined;
  /** When the next attempt starts, epoch ms (`reconnecting` / `waiting`). */
  readonly nextRetryAt?: number | undefined;
  /** The error behind `reconnecting`, `waiting` or `error`. Never contains credentials. */
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
  /** The latest viewer count (`WebcastRoomUserSeqMessage.total`). */
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

/** The handle for one creator: lazy, shared streams over one socket. */
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
  /** Follows: `WebcastSocialMessage` whose display-text key contains `follow`. */
  readonly follow$: Observable<WebcastSocialMessage>;
  /** Shares: `WebcastSocialMessage` whose display-text key contains `share`. */
  readonly share$: Observable<WebcastSocialMessage>;
  /** Viewer count from `WebcastRoomUserSeqMessage.total`; distinct, latest replayed. */
  readonly viewerCount$: Observable<number>;
  /** Fires once per stream end (ControlMessage action 3/4 or close 4005). */
  readonly streamEnd$: Observable<StreamEndEvent>;
  /** Connection state; replayed, distinct. Like every stream here, subscribing to it opens the shared socket. */
  readonly state$: Observable<LiveState>;
  /** Non-fatal problems: malformed frames/items, unsupported binary frames. */
  readonly errors$: Observable<TikTokLiveError>;
  /** A marker after every reconnect that follows a drop. */
  readonly gaps$: Observable<GapMarker>;
  /** Whether the creator is live; replayed, distinct; first value once known. */
  readonly isLive$: Observable<boolean>;
  /** The store adapter for UI bindings. */
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
  /** Grace period before an unused socket is closed, in ms. @default 1000 */
  keepAliveMs?: number;
  /** WebSocket constructor (e.g. `ws` in Node, `globalThis.WebSocket` in browsers). @default isomorphic-ws */
  WebSocket?: WebSocketConstructor;
  /** REST base URL, for the `waitUntilLive.probe`. @default 'https://tiktok.eulerstream.com' */
  restUrl?: string;
  /** How many recent chat messages the store snapshot keeps. @default 50 */
  recentChatLimit?: number;
}

/** The client: a registry of connections, one per creator. */
export interface LiveClient {
  /** The connection for a creator (`user`, `@user` or a profile URL); the same object for the same handle. */
  live(uniqueId: string): LiveConnection;
  /** Disconnects every connection and completes their streams; the client cannot be used afterwards. */
  close(): void;
}
