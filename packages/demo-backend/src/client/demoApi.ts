/** The paths of the demo backend's routes, for the pages and the backend alike. */
export const DEMO_API = {
  /** `GET` → `LiveConfig`. */
  liveConfig: '/api/live-config',
  /** `POST {"uniqueId"}` (JSON) → `{ token, uniqueId, expiresAt }` (`@tiktok-live-rx/server`'s `createJwtHandler`). */
  jwt: '/api/jwt',
  /** `GET ?uniqueId=&streamType=` → `{ uniqueId, url, streamType }` (`createRoomVideoHandler`). */
  roomVideo: '/api/room-video',
} as const;

