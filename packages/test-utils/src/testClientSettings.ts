import type { Simulator } from '@tiktok-live-rx/simulator';

/** Grace period (`keepAliveMs`) of test clients (the core default is 1 s). */
export const KEEP_ALIVE_MS = 100;

/** A credential as the client takes it: a string, or a provider called before every connect attempt. */
export type TestCredential = string | ((ctx: { uniqueId: string }) => Promise<string>);

/** How a test client authenticates (`jwt` wins when both are given). */
export interface TestClientAuth {
  /** Authenticate with this API key instead of a JWT. @default undefined */
  apiKey?: TestCredential;
  /** A JWT or JWT provider. @default a provider that mints a 60 s JWT for the creator from the simulator */
  jwt?: TestCredential;
}

/** Client settings for the simulator, with short timers; spread into `createLiveClient`. */
export type TestClientSettings = {
  url: string;
  keepAliveMs: number;
  connectTimeoutMs: number;
  stallTimeoutMs: false;
  reconnect: { baseDelay: number; maxDelay: number; minUptime: number };
} & ({ apiKey: TestCredential; jwt?: undefined } | { jwt: TestCredential; apiKey?: undefined });

/**
 * Settings that point a client at the simulator, with short timers so tests stay fast. By
 * default it authenticates like a browser app: a short-lived JWT fetched before every
 * connect attempt (here minted by the simulator directly). This package does not depend on
 * the client (no workspace cycle): each package creates its own, e.g.
 * `createLiveClient({ ...testClientSettings(sim), keepAliveMs: 50 })`.
 */
export function testClientSettings(sim: Simulator, auth: TestClientAuth = {}): TestClientSettings {
  const { apiKey, jwt } = auth;
  const timers = {
    url: sim.wsUrl,
    keepAliveMs: KEEP_ALIVE_MS,
    connectTimeoutMs: 3000,
    stallTimeoutMs: false as const,
    reconnect: { baseDelay: 20, maxDelay: 100, minUptime: 60_000 },
  };
  if (jwt === undefined && apiKey !== undefined) return { ...timers, apiKey };
  return {
    ...timers,
    jwt:
      jwt ??
      (({ uniqueId }) =>
        sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 2 } })),
  };
}
