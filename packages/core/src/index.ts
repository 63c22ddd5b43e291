/**
 * `@tiktok-live-rx/core`: TikTok LIVE events from the Euler Stream WebSocket as RxJS observables.
 */

// Client
export { createLiveClient } from './createLiveClient.js';
export { DEFAULT_LIVE_CLIENT_OPTIONS, DEFAULT_WAIT_UNTIL_LIVE } from './defaults.js';
export type {
  ApiKeyAuth,
  JwtAuth,
  LiveClientSettings,
  Credential,
  CredentialContext,
  CredentialProvider,
  DedupeOptions,
  GapMarker,
  LiveClient,
  LiveClientOptions,
  LiveConnection,
  LiveMany,
  LiveSnapshot,
  LiveSource,
  LiveState,
  LiveStatus,
  LiveStore,
  LiveTotalsOptions,
  StreamEndEvent,
  TaggedItem,
  TaggedLiveEvent,
  WaitUntilLiveOptions,
} from './types.js';
export type { WebSocketConstructor, WebSocketLike } from './transport/webSocketTransport.js';

// Event model
export {
  CUSTOM_EVENT_TYPES,
  EULER_ITEM_TYPES,
  LIVE_EVENT_TYPES,
  isLiveEventType,
  type CustomEventMap,
  type KnownLiveEvent,
  type LiveEvent,
  type LiveEventMap,
  type LiveEventType,
  type PresenceRecord,
  type PresenceUser,
  type RoomInfo,
  type RoomInfoRaw,
  type TikTokEventMap,
  type UnknownLiveEvent,
} from './events.js';

// Credential providers
export { DEFAULT_JWT_FROM_ENDPOINT, jwtFromEndpoint, type JwtFromEndpointInit } from './credentials/jwtFromEndpoint.js';

// Errors
export {
  AuthError,
  ConnectTimeoutError,
  ConnectionClosedError,
  CredentialsRejectedError,
  InvalidOptionsError,
  NotLiveError,
  PermissionError,
  ProtocolError,
  RateLimitedError,
  StallError,
  StreamEndedError,
  TikTokLiveError,
  TokenProviderError,
  UnsupportedFrameError,
  type ProtocolErrorInfo,
  type TikTokLiveErrorCode,
  type TikTokLiveErrorOptions,
} from './errors.js';

// Selectors: pure functions over normalised (v3) payloads
export {
  avatarUrl,
  chatSegments,
  displayName,
  giftInfo,
  socialKind,
  userRoles,
  viewerCountOf,
  type AvatarSize,
  type AvatarUrlOptions,
  type ChatEmoteSegment,
  type ChatSegment,
  type ChatSegmentsSource,
  type ChatTextSegment,
  type GiftCatalogEntry,
  type GiftInfo,
  type GiftInfoOptions,
  type Loose,
  type SocialKind,
  type UserRoles,
} from './selectors/index.js';

// REST
export {
  DEFAULT_REST_BASE_URL,
  RestError,
  RoomVideoError,
  fetchRoomId,
  fetchRoomVideo,
  type FetchRoomVideoOptions,
  type RestOptions,
  type RoomIdResult,
  type RoomVideo,
  type RoomVideoStreamType,
} from './rest/index.js';

// The store's idle snapshot and UI-binding helpers (the store itself, `createLiveStore`, and its
// notification batching, `notifyManager`, are at `@tiktok-live-rx/core/bindings` only: re-exported
// here, they would load first in every app; `connection.store` loads them on first subscription)
export { IDLE_SNAPSHOT, idleSnapshot } from './idleSnapshot.js';
export { isActiveStatus } from './bindings/isActiveStatus.js';
export {
  LIVE_CALLBACK_STREAMS,
  liveCallbackKeys,
  subscribeLiveCallbacks,
  type LiveCallbackKey,
  type LiveCallbacks,
} from './bindings/subscribeLiveCallbacks.js';

// Utilities
export { isServer, setIsServer } from './environment.js';
export { classifyClose, type CloseClass } from './operators/classifyClose.js';
export type { ReconnectConfig } from './operators/reconnectWithBackoff.js';

// Payloads of giftFinal$, giftStreak$ and totals$, and their option types (operators at `@tiktok-live-rx/core/operators`)
export type { FinalGift, FinalizeGiftStreaksConfig, GiftStreakEndReason } from './operators/finalizeGiftStreaks.js';
export type { GiftStreakUpdate } from './operators/giftStreakProgress.js';
export type { LikerTotals, LikeTotals } from './operators/likesByUser.js';
export type { GifterTotals, SessionTotals, SessionTotalsConfig, ViewerTotals } from './operators/sessionTotals.js';

// Protocol contract: everything `@tiktok-live-rx/core/protocol` exports (curated in protocol/index.ts)
export * from './protocol/index.js';
