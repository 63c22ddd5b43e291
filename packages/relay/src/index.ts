/**
 * `@tiktok-live-rx/relay`: TikTok LIVE creators relayed through NATS JetStream. This entry
 * is the consumer side (Node and browsers); workers and admin are in `@tiktok-live-rx/relay/node`.
 */
export { createRelayClient, type RelayClient, type RelayClientOptions } from './createRelayClient.js';
export type { RelayLinkStatus, RelayLiveConnection, RelayLiveState, RelayReplay } from './relayConnection.js';
export { DEFAULT_RELAY_PREFIX, decodeCreator, encodeCreator, relayNames, type LatestKind, type RelayNames } from './relayNames.js';
export { RELAY_END_TYPE, RELAY_GAP_TYPE, type RelayGapMarker, type RelayWorkerState } from './relayWire.js';
export { formatNatsPermissions, readOnlyPermissions, type NatsPermissions } from './readOnlyPermissions.js';
