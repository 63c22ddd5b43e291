/** REST helpers for Euler's HTTP API (PROTOCOL.md §4). */
// The helpers load their request code on first call (see loadOnCall.ts).
export { fetchRoomId, fetchRoomVideo } from './loadOnCall.js';
export type { RoomIdResult } from './fetchRoomId.js';
export type { FetchRoomVideoOptions, RoomVideo, RoomVideoStreamType } from './fetchRoomVideo.js';
export { RestError } from './restError.js';
export { DEFAULT_REST_BASE_URL } from './restBaseUrl.js';
export type { RestOptions } from './restRequest.js';
export { RoomVideoError } from './roomVideoError.js';
