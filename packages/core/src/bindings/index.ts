/**
 * Framework-free pieces shared by the UI bindings (`@tiktok-live-rx/react`, `@tiktok-live-rx/vue`),
 * also at the subpath `@tiktok-live-rx/core/bindings`. A binding only bridges these to its
 * framework; it has no protocol or lifecycle logic of its own.
 */
export { bindLiveCallbacks } from './bindLiveCallbacks.js';
export { bindLiveConnection } from './bindLiveConnection.js';
export { connectionFor } from './connectionFor.js';
export {
  DEFAULT_LIVE_EVENTS_OPTIONS,
  EMPTY_EVENTS,
  createEventBuffer,
  resolveLiveEventsOptions,
  type EventBuffer,
  type LiveEventsOptions,
} from './createEventBuffer.js';
export { devWarn } from './devWarn.js';
export { isActiveStatus } from './isActiveStatus.js';
export { providedClient, type ClientSetup, type ProvidedClient } from './providedClient.js';
export { requireLiveSource } from './requireLiveSource.js';
export { subscribeLiveEvent, type LiveEventHandlers, type LiveEventOptions } from './subscribeLiveEvent.js';
export {
  LIVE_CALLBACK_STREAMS,
  liveCallbackKeys,
  subscribeLiveCallbacks,
  type LiveCallbackKey,
  type LiveCallbacks,
} from './subscribeLiveCallbacks.js';
export { createNotifyManager, defaultNotifyScheduler, notifyManager, type NotifyManager, type NotifyScheduler } from '../notifyManager.js';
export { createLiveStore, type CreateLiveStoreOptions, type LiveStoreInput, type LiveStoreWriter } from '../liveStore.js';
export { IDLE_SNAPSHOT, idleSnapshot } from '../idleSnapshot.js';
