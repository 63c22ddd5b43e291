import type { LiveClientOptions, LiveSource } from '@tiktok-live-rx/core';
import { providedClient } from '@tiktok-live-rx/core/bindings';
import { provide, type App, type InjectionKey, type Plugin } from 'vue';

/** The injection key under which `TikTokLivePlugin` / `provideLiveClient` provide the client. */
export const LIVE_CLIENT_KEY: InjectionKey<LiveSource> = Symbol('tiktok-live-rx client');

/** Options of {@link TikTokLivePlugin}: an existing `client`, or the `options` to create one. */
export type TikTokLivePluginOptions =
  | {
      /** A client you created with `createLiveClient`, or any other `LiveSource` such as a relay client (you own it: the plugin never closes it). */
      client: LiveSource;
      /** Not with `client`. */
      options?: undefined;
    }
  | {
      /** Not with `options`. */
      client?: undefined;
      /** Options for a client the plugin creates; it is closed when the app unmounts (Vue 3.5+). */
      options: LiveClientOptions;
    };

/**
 * Provides a `LiveClient` to every component of the app (`useTikTokLive`, `useLiveClient`).
 * Creating the client opens nothing; sockets open when a composable subscribes.
 *
 * @example
 * createApp(App)
 *   .use(TikTokLivePlugin, { options: { jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() } })
 *   .mount('#app');
 *
 * @see useLiveClient
 * @see provideLiveClient
 */
export const TikTokLivePlugin: Plugin<[TikTokLivePluginOptions]> = {
  install(app: App, pluginOptions: TikTokLivePluginOptions) {
    const { client, owned } = providedClient(pluginOptions, 'app.use(TikTokLivePlugin, …)');
    app.provide(LIVE_CLIENT_KEY, client);
    // A client the plugin created is the plugin's to close. app.onUnmount exists since Vue 3.5;
    // on older versions its sockets still close after the grace period once components unmount.
    if (owned !== undefined) (app as { onUnmount?: (fn: () => void) => void }).onUnmount?.(() => owned.close());
  },
};

/**
 * Provides `client` (a `LiveClient` or any `LiveSource`) to the calling component's descendants (call it in `setup()`), e.g. a
 * different client for one subtree.
 *
 * @example
 * setup() { provideLiveClient(createLiveClient({ jwt: getJwt })); }
 */
export function provideLiveClient(client: LiveSource): void {
  provide(LIVE_CLIENT_KEY, client);
}
