/**
 * `@tiktok-live-rx/protocol`: the Euler Stream wire protocol as data and pure functions,
 * shared by the client (`@tiktok-live-rx/core`) and the simulator. No dependencies.
 */
export { CloseCode, CLOSE_REASONS, closeCodeName, type KnownCloseCode } from './closeCodes.js';
export {
  BOOLEAN_LITERALS,
  FEATURE_FLAG_SPECS,
  parseFeatureFlag,
  type FeatureFlags,
  type FeatureFlagSpec,
} from './featureFlags.js';
export { eulerNormalizeUniqueId, normalizeUniqueId } from './normalizeUniqueId.js';
export { REDACTED, redactUrl } from './redactUrl.js';
export {
  CustomItemType,
  PINNED_SCHEMA_VERSION,
  isWireBundle,
  isWireItem,
  type SchemaVersion,
  type TikTokConnectData,
  type TikTokDisconnectData,
  type WireBundle,
  type WireFrame,
  type WireItem,
  type WorkerInfoData,
} from './wire.js';
