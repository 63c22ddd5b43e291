/**
 * A Vite plugin that runs the demo's backend inside the dev (and preview) server: the
 * embedded simulator starts with the server, `/api/*` is answered before Vite's own
 * middlewares, and everything stops when the server closes. One Node process in all.
 */
import type { Plugin } from 'vite';
import { createLiveBackend, type LiveBackend, type LiveBackendOptions } from './createLiveBackend.js';

/** What {@link liveBackendPlugin} exposes to the script that starts the server. */
export interface LiveBackendPluginApi {
  /** The running backend (after the server was configured). */
  backend(): LiveBackend | undefined;
  /** Stops the backend (the simulator); idempotent. The server's own close does it too. */
  close(): Promise<void>;
}

/** The plugin, with its {@link LiveBackendPluginApi} as `api`. */
export type LiveBackendPlugin = Plugin<LiveBackendPluginApi> & { api: LiveBackendPluginApi };

/**
 * Mounts the backend of {@link createLiveBackend} on Vite's dev and preview servers.
 *
 * @example
 * ```ts
 * const backend = liveBackendPlugin();
 * const server = await createServer({ configFile, plugins: [backend] });
 * ```
 */
export function liveBackendPlugin(options: LiveBackendOptions = {}): LiveBackendPlugin {
  let current: LiveBackend | undefined;

  async function start(middlewares: { use(handler: LiveBackend['handle']): unknown }, httpServer: { once(event: 'close', listener: () => void): unknown } | null): Promise<void> {
    // A restart (config change) configures a new server: stop the old backend first.
    await current?.close();
    const backend = await createLiveBackend(options);
    current = backend;
    middlewares.use(backend.handle);
    httpServer?.once('close', () => void backend.close());
  }

  return {
    name: 'tiktok-live-rx:demo-backend',
    async configureServer(server) {
      await start(server.middlewares, server.httpServer);
    },
    async configurePreviewServer(server) {
      await start(server.middlewares, server.httpServer);
    },
    api: {
      backend: () => current,
      close: () => current?.close() ?? Promise.resolve(),
    },
  };
}
