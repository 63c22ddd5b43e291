/**
 * `@tiktok-live-rx/server`: the backend half of the browser flow. Mint creator-scoped Euler
 * Stream JWTs and proxy the room video with the API key kept on the server.
 */
export { createJwtHandler, DEFAULT_JWT_OPTIONS, type JwtHandlerOptions, type JwtHandlerResponse } from './createJwtHandler.js';
export {
  createRoomVideoHandler,
  type RoomVideoHandlerOptions,
  type RoomVideoHandlerResponse,
  type RoomVideoStreamType,
} from './createRoomVideoHandler.js';
export { toNodeHandler, type NodeHandler } from './toNodeHandler.js';
export { DEFAULT_HANDLER_OPTIONS, type EulerHandlerOptions } from './handlerOptions.js';
export { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitConfig, type RateLimiter, type RateLimitVerdict } from './createRateLimiter.js';
export type { FetchHandler, FetchHandlerContext } from './fetchHandler.js';
export { SERVER_ERROR_STATUS, type ServerErrorBody, type ServerErrorCode, type ServerErrorInfo } from './serverError.js';
export { MAX_BODY_BYTES } from './readJsonObject.js';
