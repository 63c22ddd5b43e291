/** Framework-free pieces shared by the UI bindings (`@tiktok-live-rx/react`, `@tiktok-live-rx/vue`). */
export { isActiveStatus } from './isActiveStatus.js';
export {
  LIVE_CALLBACK_STREAMS,
  liveCallbackKeys,
  subscribeLiveCallbacks,
  type LiveCallbackKey,
  type LiveCallbacks,
} from './subscribeLiveCallbacks.js';
