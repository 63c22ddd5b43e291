/**
 * `@tiktok-live-rx/demo-backend` (private): the one backend every web demo uses. The page side
 * (route paths, config type, fetchers) is at `@tiktok-live-rx/demo-backend/client`.
 */
export {
  createLiveBackend,
  EULER_REST_URL,
  EULER_WS_URL,
  SIMULATOR_CREATORS,
  type LiveBackend,
  type LiveBackendHandler,
  type LiveBackendOptions,
} from './createLiveBackend.js';
export { liveBackendPlugin, type LiveBackendPlugin, type LiveBackendPluginApi } from './liveBackendPlugin.js';
export { startDemoServer, type RunningDemoServer, type StartDemoServerOptions } from './startDemoServer.js';
export { DEMO_API } from './client/demoApi.js';
export type { LiveConfig, LiveService } from './client/liveConfig.js';
