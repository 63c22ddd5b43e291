/**
 * Framework-free page logic shared by the React and Vue demos (private, never published). The
 * bindings' demo components only render what these produce.
 */
export { createDemoClient, WAIT_UNTIL_LIVE_INTERVAL_MS, type JwtActivity, type JwtLog } from './createDemoClient.js';
export {
  DEFAULT_OVERLAY_PARAMS,
  OVERLAY_KINDS,
  OVERLAY_THEMES,
  overlayKindOf,
  overlayUrl,
  parseOverlayParams,
  type OverlayKind,
  type OverlayParams,
  type OverlayTheme,
} from './overlayParams.js';
export { defaultCreator, pageCreator } from './pageCreator.js';
export { overlayAlerts, type OverlayAlert, type OverlayAlertsOptions, type OverlayAlertsState, type OverlayCombo } from './overlayAlerts.js';
export { graphPath, viewerGraph, type GraphPoint, type ViewerGraphOptions } from './viewerGraph.js';
export { playRoomVideo, type PlayRoomVideoOptions, type RoomVideoState, type RoomVideoStatus } from './roomVideoPlayer.js';
export { formatCount, plural } from './formatCount.js';
