/**
 * `@tiktok-live-rx/simulator`: a local stand-in for the Euler Stream TikTok
 * LIVE WebSocket and REST service, for demos and tests.
 */
export { createSimulator } from './createSimulator.js';
export {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_CLI_PORT,
  DEFAULT_MAX_SOCKETS_PER_ACCOUNT,
  DEMO_API_KEY,
  MAX_LIFETIME_MS,
} from './defaults.js';
export { BUILTIN_CREATORS } from './rooms/builtinCreators.js';
export { SCENARIOS } from './scenarios/index.js';
export { GIFT_CATALOG } from './generators/giftCatalog.js';
export { giftStreak } from './generators/giftStreak.js';
export { toV2Item } from './payloads/v2.js';
export { toV3Item } from './payloads/v3.js';
export { parseRecording } from './replay.js';
export { createRng, type Rng } from './random/createRng.js';
export type { SimEmote, SimEvent, SimGift, SimMeta, SimUser } from './payloads/simEvent.js';
export type { PictureUrls } from './pictures/pictureUrls.js';
export type {
  CreatorConfig,
  CreatorInfo,
  GiftStormOptions,
  Handshake,
  InjectItem,
  InjectOptions,
  JwtCreateConfig,
  ReplayHandle,
  ReplayOptions,
  ReplayResult,
  RoomCounters,
  Scenario,
  ScenarioContext,
  ScenarioName,
  Simulator,
  SimulatorOptions,
  SimulatorStats,
} from './types.js';
