import { createLiveClient, type LiveClient } from '@tiktok-live-rx/core';
import { createSimulator, DEMO_API_KEY, type CreatorConfig, type Simulator } from '@tiktok-live-rx/simulator';

/** The real service's WebSocket URL. */
export const EULER_WS_URL = 'wss://ws.eulerstream.com';

/** A client plus whatever runs behind it. */
export interface Service {
  /** The client every command reads from. */
  client: LiveClient;
  /** The embedded simulator, when there is one (no `EULER_API_KEY`, or `replay`). */
  simulator: Simulator | undefined;
  /** One line saying where events come from (never a credential). */
  description: string;
  /** Closes the client, then the simulator. */
  close(): Promise<void>;
}

/** What {@link connectService} reads. */
export interface ServiceOptions {
  /** Use the real service when `EULER_API_KEY` is set (false for `replay`). */
  allowReal: boolean;
  /** Keep offline creators waiting until they go live (`waitUntilLive`). */
  untilLive: boolean;
  /** The environment (`process.env`). */
  env: NodeJS.ProcessEnv;
  /** The embedded simulator's creators. @default its built-in creators */
  creators?: CreatorConfig[];
}

/**
 * Starts the embedded simulator, or, with `EULER_API_KEY` set, targets Euler Stream
 * with the key directly (a CLI is its own backend, so no JWT round trip is needed).
 */
export async function connectService({ allowReal, untilLive, env, creators }: ServiceOptions): Promise<Service> {
  const apiKey = env['EULER_API_KEY'];
  const real = allowReal && apiKey !== undefined && apiKey !== '';
  const simulator = real ? undefined : await createSimulator(creators ? { port: 0, creators } : { port: 0 });
  const url = simulator?.wsUrl ?? (env['EULER_WS_URL'] || EULER_WS_URL);
  const client = createLiveClient({
    url,
    apiKey: real ? apiKey : DEMO_API_KEY,
    // Without --until-live an offline creator ends at once (4404) instead of waiting for hours.
    waitUntilLive: untilLive,
  });
  return {
    client,
    simulator,
    description: simulator ? `embedded simulator at ${simulator.wsUrl} (set EULER_API_KEY for the real service)` : `Euler Stream at ${url}`,
    async close() {
      client.close();
      await simulator?.close();
    },
  };
}
