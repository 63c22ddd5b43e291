/**
 * `@tiktok-live-rx/core`: TikTok LIVE events from the Euler Stream WebSocket as RxJS observables.
 */
export * from './protocol/index.js';
