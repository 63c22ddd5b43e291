/**
 * `@tiktok-live-rx/core/protocol`: the Euler Stream wire protocol as data and
 * pure functions: everything of `@tiktok-live-rx/protocol` (shared with the
 * simulator), plus the client's message normalisation.
 */
export * from '@tiktok-live-rx/protocol';
export { firstImageUrl, normalizeMessage } from './normalizeMessage.js';
