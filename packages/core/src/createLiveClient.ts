import { normalizeUniqueId } from '@tiktok-live-rx/protocol';
import { LazyLiveConnection } from './connection/lazyLiveConnection.js';
import { lazyLiveMany } from './connection/lazyLiveMany.js';
import type { ManagedLiveConnection } from './connection/liveConnection.js';
import { resolveLiveClientOptions } from './resolveOptions.js';
import type { LiveClient, LiveClientOptions, LiveConnection, LiveMany } from './types.js';

/**
 * Creates a client: a registry of lazy connections, one per creator. Nothing
 * connects until a stream (or the store) of a connection is subscribed.
 *
 * Throws a `TypeError` for invalid options (no credential, both `apiKey` and
 * `jwt`, unknown or out-of-range feature flags, …).
 *
 * @example
 * const client = createLiveClient({ apiKey: process.env.EULER_API_KEY });
 * const live = client.live('@some_creator');
 * live.chat$.subscribe((msg) => console.log(msg.user?.nickname, msg.content));
 *
 * @example
 * // Browser: a short-lived JWT from your backend, fetched before every connect attempt.
 * const client = createLiveClient({ jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() });
 */
export function createLiveClient(options: LiveClientOptions): LiveClient {
  const resolved = resolveLiveClientOptions(options);
  const connections = new Map<string, ManagedLiveConnection>();
  let closed = false;

  const toHandle = (method: string, uniqueId: unknown): string => {
    const handle = typeof uniqueId === 'string' ? normalizeUniqueId(uniqueId) : undefined;
    if (handle === undefined) {
      throw new TypeError(
        `${method}: ${JSON.stringify(String(uniqueId)).slice(0, 80)} is not a TikTok handle. Pass the creator's @handle ("some_creator", "@some_creator" or "https://www.tiktok.com/@some_creator/live"): 1–24 letters, digits, "_" or ".".`,
      );
    }
    return handle;
  };

  const connectionFor = (handle: string): LiveConnection => {
    let connection = connections.get(handle);
    if (connection === undefined) {
      connection = new LazyLiveConnection(handle, resolved);
      connections.set(handle, connection);
    }
    return connection;
  };

  return {
    live(uniqueId: string): LiveConnection {
      if (closed) throw new TypeError('live(): this client was closed; create a new one with createLiveClient().');
      return connectionFor(toHandle('live(uniqueId)', uniqueId));
    },
    liveMany(uniqueIds: readonly string[]): LiveMany {
      if (closed) throw new TypeError('liveMany(): this client was closed; create a new one with createLiveClient().');
      if (!Array.isArray(uniqueIds)) {
        throw new TypeError('liveMany(uniqueIds): pass an array of creator handles, e.g. client.liveMany(["creator_a", "@creator_b"]).');
      }
      // Validate every handle before creating any connection.
      const handles = new Set<string>();
      uniqueIds.forEach((uniqueId: unknown, index) => handles.add(toHandle(`liveMany(uniqueIds): item ${index}`, uniqueId)));
      return lazyLiveMany([...handles].map(connectionFor));
    },
    close(): void {
      if (closed) return;
      closed = true;
      for (const connection of connections.values()) connection.dispose();
      connections.clear();
    },
  };
}
