/**
 * The idle snapshot: what the store adapter serves before anything is known (server
 * rendering, no subscriber yet, no `uniqueId`).
 */
import type { WebcastChatMessage } from 'tiktok-live-proto/v3';
import type { LiveSnapshot } from './types.js';

/**
 * A frozen idle snapshot for `uniqueId`: status `'idle'`, no error, no room data, no chat.
 * It is what `store.getServerSnapshot()` returns for a connection.
 *
 * @example
 * idleSnapshot('some_creator'); // { uniqueId: 'some_creator', status: 'idle', attempt: 0, recentChat: [], … }
 * @see IDLE_SNAPSHOT
 */
export function idleSnapshot(uniqueId: string): LiveSnapshot {
  return Object.freeze({
    uniqueId,
    status: 'idle',
    attempt: 0,
    error: undefined,
    closeCode: undefined,
    nextRetryAt: undefined,
    roomInfo: undefined,
    viewerCount: undefined,
    likeTotal: undefined,
    isLive: undefined,
    recentChat: Object.freeze([]) as readonly WebcastChatMessage[],
  });
}

/**
 * The snapshot UI bindings show when there is no connection (no `uniqueId` yet): the idle
 * snapshot with an empty `uniqueId`. One frozen constant, so `useSyncExternalStore` and
 * Vue refs see a stable value.
 *
 * @see idleSnapshot
 */
export const IDLE_SNAPSHOT: LiveSnapshot = idleSnapshot('');
