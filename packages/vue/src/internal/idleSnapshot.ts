import type { LiveSnapshot } from '@tiktok-live-rx/core';

/**
 * The snapshot shown when there is no connection (no `uniqueId` yet). Same shape as a
 * connection's server snapshot, with an empty `uniqueId`; one frozen constant so
 * `useSyncExternalStore` sees a stable value.
 */
export const IDLE_SNAPSHOT: LiveSnapshot = Object.freeze({
  uniqueId: '',
  status: 'idle',
  attempt: 0,
  error: undefined,
  closeCode: undefined,
  nextRetryAt: undefined,
  roomInfo: undefined,
  viewerCount: undefined,
  likeTotal: undefined,
  isLive: undefined,
  recentChat: Object.freeze([]),
});
