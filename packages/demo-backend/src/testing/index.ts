/**
 * `@tiktok-live-rx/demo-backend/testing`: for the demos' e2e tests only (it imports the
 * Vitest-based test-utils): a static server for a production build plus the backend.
 */
export { serveDemoBuild, type DemoBuildServer, type ServeDemoBuildOptions } from './serveDemoBuild.js';
