import type { Simulator } from '@tiktok-live-rx/simulator';
import { testClientSettings, type TestClientSettings } from './testClientSettings.js';

/**
 * Makes a `clientFor(sim, settings?)` from the caller's client factory (e.g. core's
 * `createLiveClient`): a client pointed at the simulator with {@link testClientSettings},
 * `settings` overriding them. The caller brings the factory, so this package needs no
 * dependency on the client.
 */
export function simulatorClient<Settings extends object, Client>(
  create: (settings: TestClientSettings & Settings) => Client,
): (sim: Simulator, settings?: Settings) => Client {
  return (sim, settings) => create({ ...testClientSettings(sim), ...settings });
}
