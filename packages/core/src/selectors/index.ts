/** Selectors: small pure functions that read normalised (v3) event payloads. */
export { avatarUrl, type AvatarSize, type AvatarUrlOptions } from './avatarUrl.js';
export {
  chatSegments,
  type ChatEmoteSegment,
  type ChatSegment,
  type ChatSegmentsSource,
  type ChatTextSegment,
} from './chatSegments.js';
export { displayName } from './displayName.js';
export { giftInfo, type GiftCatalogEntry, type GiftInfo, type GiftInfoOptions } from './giftInfo.js';
export type { Loose } from './loose.js';
export { socialKind, type SocialKind } from './socialKind.js';
export { userRoles, type UserRoles } from './userRoles.js';
export { viewerCountOf } from './viewerCount.js';
