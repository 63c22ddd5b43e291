/**
 * `@tiktok-live-rx/react`: React hooks over `@tiktok-live-rx/core` (re-exported in full, so an
 * app installs this one package).
 */

export { TikTokLiveProvider, type TikTokLiveProviderProps } from './TikTokLiveProvider.js';
export { useLiveClient } from './useLiveClient/index.js';
export {
  useTikTokLive,
  type UseTikTokLiveCallbacks,
  type UseTikTokLiveOptions,
  type UseTikTokLiveReturn,
} from './useTikTokLive/index.js';
export { useLiveEvent, type UseLiveEventOptions } from './useLiveEvent/index.js';
export { DEFAULT_LIVE_EVENTS_OPTIONS, useLiveEvents, type UseLiveEventsOptions } from './useLiveEvents/index.js';

export * from '@tiktok-live-rx/core';
