import { createLiveClient, type Credential, type LiveClient, type LiveClientSettings } from '@tiktok-live-rx/core';
import type { Simulator } from '@tiktok-live-rx/simulator';

/** Grace period (`keepAliveMs`) of test clients (the core default is 1 s). */
export const KEEP_ALIVE_MS = 100;

/** Settings of {@link clientFor}: any client setting, plus how it authenticates. */
export interface TestClientSettings extends LiveClientSettings {
  /** Authenticate with this API key instead of a JWT. Ignored when `jwt` is given. @default undefined */
  apiKey?: Credential;
  /** A JWT or JWT provider. @default a provider that mints a 60 s JWT for the creator from the simulator */
  jwt?: Credential;
}

/**
 * A client pointed at the simulator, with short timers so tests stay fast. By default it
 * authenticates like a browser app: a short-lived JWT fetched before every connect attempt
 * (here minted by the simulator directly).
 */
export function clientFor(sim: Simulator, settings: TestClientSettings = {}): LiveClient {
  const { apiKey, jwt, ...rest } = settings;
  const auth =
    jwt === undefined && apiKey !== undefined
      ? { apiKey }
      : {
          jwt:
            jwt ??
            (({ uniqueId }: { uniqueId: string }) =>
              sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 2 } })),
        };
  return createLiveClient({
    url: sim.wsUrl,
    keepAliveMs: KEEP_ALIVE_MS,
    connectTimeoutMs: 3000,
    stallTimeoutMs: false,
    reconnect: { baseDelay: 20, maxDelay: 100, minUptime: 60_000 },
    ...rest,
    ...auth,
  });
}
