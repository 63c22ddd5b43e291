import { createLiveClient } from '../createLiveClient.js';
import type { LiveClient, LiveClientOptions, LiveSource } from '../types.js';

/** What a provider or plugin is given: an existing client, or the options to create one. */
export interface ClientSetup {
  /** A client the app created and owns (a `LiveClient` or any `LiveSource`). */
  readonly client?: LiveSource | undefined;
  /** Options for a client the provider creates and owns. */
  readonly options?: LiveClientOptions | undefined;
}

/** The client a provider hands down, and the one it created (and so must close), if any. */
export interface ProvidedClient {
  readonly client: LiveSource;
  /** Set when the client was created from `options`: the provider owns it. */
  readonly owned: LiveClient | undefined;
}

/**
 * The client of a provider or plugin: `setup.client` as given, or a client created from
 * `setup.options`. Throws a `TypeError` (naming `where`) unless exactly one of them is given.
 */
export function providedClient(setup: ClientSetup | null | undefined, where: string): ProvidedClient {
  const { client, options } = setup ?? {};
  if ((client === undefined) === (options === undefined)) {
    throw new TypeError(`${where}: pass exactly one of client (createLiveClient(…) or another LiveSource) or options (e.g. { jwt: … }) for a client it creates.`);
  }
  if (client !== undefined) return { client, owned: undefined };
  const owned = createLiveClient(options as LiveClientOptions);
  return { client: owned, owned };
}
