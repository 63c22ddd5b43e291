/**
 * `@tiktok-live-rx/demo-backend/client`: the page side of the demo backend (browser code, no
 * Node imports): the route paths, the config type, and small fetchers for both demos.
 */
export { DEMO_API } from './demoApi.js';
export type { LiveConfig, LiveService } from './liveConfig.js';
export { loadLiveConfig } from './loadLiveConfig.js';
export { loadRoomVideo, type DemoRoomVideo, type DemoStreamType } from './loadRoomVideo.js';
