/**
 * `@tiktok-live-rx/demo-backend/client`: the page side of the demo backend (browser code, no
 * Node imports): the route paths, the config type and its fetcher, the contract of
 * the routes for both demos.
 */
export { DEMO_API } from './demoApi.js';
export type { LiveConfig, LiveService } from './liveConfig.js';
export { loadLiveConfig } from './loadLiveConfig.js';
