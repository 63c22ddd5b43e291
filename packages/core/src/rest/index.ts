/** REST helpers for Euler's HTTP API (PROTOCOL.md §4). */
export { fetchRoomId, type RoomIdResult } from './fetchRoomId.js';
export {
  fetchRoomVideo,
  type FetchRoomVideoOptions,
  type RoomVideo,
  type RoomVideoStreamType,
} from './fetchRoomVideo.js';
export { RestError } from './restError.js';
export { DEFAULT_REST_BASE_URL } from './restBaseUrl.js';
export type { RestOptions } from './restRequest.js';
export { RoomVideoError } from './roomVideoError.js';
