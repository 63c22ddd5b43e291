/**
 * `@tiktok-live-rx/vue`: Vue 3 composables over `@tiktok-live-rx/core` (re-exported in full,
 * so an app installs this one package).
 */

export { LIVE_CLIENT_KEY, TikTokLivePlugin, provideLiveClient, type TikTokLivePluginOptions } from './plugin.js';
export { useLiveClient } from './useLiveClient/index.js';
export {
  useTikTokLive,
  type LiveSnapshotRefs,
  type UseTikTokLiveCallbacks,
  type UseTikTokLiveOptions,
  type UseTikTokLiveReturn,
} from './useTikTokLive/index.js';
export { useLiveEvent, type UseLiveEventOptions } from './useLiveEvent/index.js';
export { DEFAULT_LIVE_EVENTS_OPTIONS, useLiveEvents, type UseLiveEventsOptions } from './useLiveEvents/index.js';

export * from '@tiktok-live-rx/core';
