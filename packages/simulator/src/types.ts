/** Public types of `@tiktok-live-rx/simulator`. */
import type { Rng } from './random/createRng.js';
import type { PictureUrls } from './pictures/pictureUrls.js';
import type { SimEvent, SimGift, SimUser } from './payloads/simEvent.js';

/** Names of the built-in scenarios. */
export type ScenarioName = 'busy' | 'quiet' | 'ending' | 'giftStorm' | 'silent';

/** What a scenario sees of the room it drives. */
export interface ScenarioContext {
  /** The creator being simulated. */
  readonly creator: Readonly<CreatorInfo>;
  /** Seeded generator (per simulator seed and creator). */
  readonly rng: Rng;
  /** Room counters shared by scenarios and control calls. */
  readonly counters: RoomCounters;
  /** Sends events to every socket of the room, as one bundle. */
  emit(events: SimEvent[]): void;
  /** A viewer from the room's seeded pool. */
  randomUser(): SimUser;
  /** The gift catalogue (`GIFT_CATALOG`) with icon URLs on this simulator's port. */
  readonly gifts: readonly SimGift[];
  /** URLs of the avatars, gift icons and emotes this simulator serves (use them, so pages stay on the machine). */
  readonly pictures: PictureUrls;
  /** Calls `fn` after `ms` (scaled by the simulator's `eventRate`); cleared when the scenario stops. */
  after(ms: number, fn: () => void): void;
  /** Calls `fn` every `ms` (scaled by `eventRate`); cleared when the scenario stops. */
  every(ms: number, fn: () => void): void;
  /** Like `after`, but scaled by `timeScale` (service time): for stream end / return. */
  afterServiceTime(ms: number, fn: () => void): void;
  /** Ends the stream (PROTOCOL.md §5.5): ControlMessage 3, tiktok.disconnect, 4005, offline. */
  endStream(): void;
}

/** Mutable counters of a room (likes, viewers, followers). */
export interface RoomCounters {
  /** Running total of likes (monotonic). */
  totalLikes: number;
  /** Current viewers. */
  viewers: number;
  /** Viewers since the stream started. */
  totalViewers: number;
  /** Creator's followers. */
  followers: number;
  /** Shares of this stream. */
  shares: number;
}

/** A custom scenario: starts generating events when its room goes live. */
export interface Scenario {
  /** Name used in logs. */
  name: string;
  /** Starts the scenario; use `ctx` timers (they are cleared when the room stops). */
  start(ctx: ScenarioContext): void;
}

/** Static facts about a creator. */
export interface CreatorInfo {
  /** The creator's @handle (lower case, no `@`). */
  uniqueId: string;
  /** Room id (int64 decimal string). */
  roomId: string;
  /** Creator's user id (int64 decimal string). */
  userId: string;
  /** Display name. */
  nickname: string;
  /** Stream title. */
  title: string;
  /** Avatar URL. */
  avatarUrl: string;
}

/** One simulated creator. */
export interface CreatorConfig {
  /** The creator's @handle, without `@`. */
  uniqueId: string;
  /** Live when the simulator starts. */
  live: boolean;
  /** What happens in the room while live. @default 'busy' */
  scenario?: ScenarioName | Scenario;
  /** Room id. @default derived from the seed */
  roomId?: string;
  /** Creator's user id. @default derived from the seed */
  userId?: string;
  /** Display name. @default the uniqueId */
  nickname?: string;
  /** Stream title. @default `<nickname> LIVE` */
  title?: string;
  /** Creator avatar URL. @default an identicon served by the simulator (`/pictures/avatars/…`) */
  avatarUrl?: string;
  /** Followers at start. @default 10000 */
  followers?: number;
  /** Viewers at start. @default 100 */
  viewers?: number;
  /** After a scenario ends the stream, go live again after this long (service time, scaled by `timeScale`). @default never */
  returnAfterMs?: number;
}

/** Options of `createSimulator`. */
export interface SimulatorOptions {
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free one. @default 0 */
  port?: number;
  /** Seed of every generator. @default 1 */
  seed?: number;
  /** Multiplies every service timer (4006 inactivity, 4555 lifetime, scenario stream end). @default 1 */
  timeScale?: number;
  /** Multiplies the pace of scenario events (2 = twice as many per second). @default 1 */
  eventRate?: number;
  /** Socket lifetime before 4555, overriding `8 h × timeScale`. @default 28_800_000 × timeScale */
  maxLifetimeMs?: number;
  /** Accepted API keys. @default [DEMO_API_KEY] */
  apiKeys?: string[];
  /** Account the API keys belong to. @default 1 */
  accountId?: number;
  /** HS256 secret for JWTs. @default random per simulator */
  jwtSecret?: string;
  /** Concurrent sockets per account before 4429. @default 25 */
  maxSocketsPerAccount?: number;
  /** Connection attempts per second per account before 4429 (rate limit). @default Infinity */
  maxConnectsPerSecond?: number;
  /** Creators. @default the built-in creators */
  creators?: CreatorConfig[];
  /** Log sink (credentials are redacted). @default silent */
  log?: (line: string) => void;
  /** Send `workerInfo` before closing an offline creator's socket with 4404. @default false */
  workerInfoBeforeNotLive?: boolean;
  /** Largest client frame (bytes) before the socket is closed with 1009. @default 65536 */
  maxClientPayload?: number;
}

/** One item to inject. */
export interface InjectItem {
  /** Webcast type (`WebcastChatMessage`) or a custom type (`roomInfo`). */
  type: string;
  /** Message data (v2 field names unless `schema` says otherwise). */
  data: object;
}

/** Options of `sim.inject`. */
export interface InjectOptions {
  /** Schema the given data uses. @default 'v2' */
  schema?: 'v2' | 'v3';
}

/** Options of `sim.giftStorm`. */
export interface GiftStormOptions {
  /** Number of gift streaks. @default 20 */
  streaks?: number;
  /** Longest streak length. @default 15 */
  maxRepeat?: number;
  /** Spread the storm over this many milliseconds (real time). @default 3000 */
  durationMs?: number;
}

/** Options of `sim.replay`. */
export interface ReplayOptions {
  /** Playback speed: 1 = as recorded, 10 = ten times faster, `Infinity` = as fast as possible. @default 1 */
  speed?: number;
}

/** Outcome of a replay. */
export interface ReplayResult {
  /** Frames sent. */
  frames: number;
  /** Lines skipped because they were not `{"t": number, "frame": object | string}`. */
  skipped: number;
  /** Set when the source could not be read. */
  error?: string;
}

/** A running replay. */
export interface ReplayHandle {
  /** Resolves (never rejects) when every frame has been sent, the replay was stopped, or the source could not be read. */
  done: Promise<ReplayResult>;
  /** Stops sending further frames. */
  stop(): void;
}

/** One connect attempt as the server saw it. */
export interface Handshake {
  /** Epoch ms of the attempt. */
  at: number;
  /** The uniqueId the server resolved (after normalisation). */
  uniqueId: string;
  /** The query string, unredacted. */
  query: Record<string, string>;
  /** Close code once the socket closed. */
  closeCode?: number;
}

/** Open sockets now. */
export interface SimulatorStats {
  /** All open sockets. */
  sockets: number;
  /** Open sockets per creator uniqueId. */
  byCreator: Record<string, number>;
}

/** What `sim.createJwt` accepts (the REST body `JWTCreateConfig`). */
export interface JwtCreateConfig {
  /** Lifetime in seconds (1–7200). */
  expireAfter: number;
  /** WebSocket restrictions. @default unrestricted, account limit */
  websockets?: {
    /** Creators this token may connect to; `null` = any. */
    allowedCreators: string[] | null;
    /** Concurrent sockets this token may hold. */
    maxWebSockets: number;
    /** Upstream TikTok session (ignored). */
    sessionId?: string;
    /** Upstream TikTok data centre (ignored). */
    ttTargetIdc?: string;
  } | null;
  /** Request-rate limits (recorded only). */
  limits?: { day: number; hour: number; minute: number } | null;
  /** Label. */
  name?: string;
}

/** A running simulator. */
export interface Simulator {
  /** `ws://host:port`: connect clients here. */
  readonly wsUrl: string;
  /** `http://host:port`: REST, media, pictures and `/_sim/` control. */
  readonly httpUrl: string;
  /** The gift catalogue (`GIFT_CATALOG`) with icon URLs on this simulator's port. */
  readonly gifts: readonly SimGift[];
  /** URLs of the avatars, gift icons and emotes this simulator serves. */
  readonly pictures: PictureUrls;
  /** The first accepted API key. */
  readonly apiKey: string;
  /** The account id. */
  readonly accountId: number;
  /** Connect attempts, newest last (the newest 10,000). */
  readonly handshakes: readonly Handshake[];
  /** Built-in and configured creators' uniqueIds. */
  readonly creators: readonly string[];
  /** Closes every socket and the server. Idempotent. */
  close(): Promise<void>;
  /** Puts a creator live or offline (offline closes nothing; new connects get 4404). Creates unknown creators. */
  setLive(uniqueId: string, live: boolean): void;
  /** Sends one bundle (or bare items to `bundleEvents=false` sockets) to every socket of the creator. */
  inject(uniqueId: string, items: InjectItem[], opts?: InjectOptions): void;
  /** Sends exactly this frame to every socket of the creator. */
  sendRaw(uniqueId: string, frame: string | Buffer): void;
  /** Stream end (§5.5): ControlMessage action 3, tiktok.disconnect, close 4005, then offline. */
  endStream(uniqueId: string): void;
  /** Closes every socket of the creator with this code. */
  closeSockets(uniqueId: string, code: number, reason?: string): void;
  /** Destroys every socket of the creator without a close frame (clients see 1006). */
  dropSockets(uniqueId: string): void;
  /** Keeps the creator's sockets open but sends nothing (and answers no pings) for `ms`, or forever. */
  stallSockets(uniqueId: string, ms?: number): void;
  /** Starts a burst of gift streaks in the creator's room. */
  giftStorm(uniqueId: string, opts?: GiftStormOptions): void;
  /** Open sockets now. */
  stats(): SimulatorStats;
  /** Bytes queued but not yet written to the creator's sockets (or all sockets): a backpressure gauge for load drivers. */
  bufferedBytes(uniqueId?: string): number;
  /** Issues a JWT, like `POST /accounts/:id/jwt/create`. */
  createJwt(config: JwtCreateConfig): Promise<string>;
  /** Plays recorded NDJSON frames to the creator's sockets. */
  replay(uniqueId: string, source: string | readonly string[], opts?: ReplayOptions): ReplayHandle;
}
