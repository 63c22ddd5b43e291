/** Documented defaults of the simulator. */

/** The API key every simulator accepts unless `apiKeys` says otherwise. Not a secret. */
export const DEMO_API_KEY = 'sim-demo-key';

/** Port the CLI listens on by default (the programmatic API defaults to 0, a free port). */
export const DEFAULT_CLI_PORT = 8787;

/** Account id the simulator's API keys belong to. */
export const DEFAULT_ACCOUNT_ID = 1;

/** Concurrent sockets per account (Euler's Community plan). */
export const DEFAULT_MAX_SOCKETS_PER_ACCOUNT = 25;

/** The service's socket lifetime before it closes with 4555 (8 h). */
export const MAX_LIFETIME_MS = 8 * 60 * 60 * 1000;

/** Largest client frame accepted before the socket is closed with 1009. */
export const DEFAULT_MAX_CLIENT_PAYLOAD = 64 * 1024;

/** Longest JWT lifetime the REST endpoint accepts, in seconds. */
export const MAX_JWT_EXPIRE_AFTER = 7200;
