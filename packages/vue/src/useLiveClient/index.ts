import type { LiveClient } from '@tiktok-live-rx/core';
import { hasInjectionContext, inject } from 'vue';
import { LIVE_CLIENT_KEY } from '../plugin.js';

/**
 * The `LiveClient` provided by `TikTokLivePlugin` (or `provideLiveClient`), or the `client`
 * you pass (which wins). Call it in `setup()`. Throws a `TypeError` when there is no client.
 *
 * @example
 * const client = useLiveClient();
 * const live = client.live('some_creator'); // inert until something subscribes
 *
 * @see TikTokLivePlugin
 */
export function useLiveClient(client?: LiveClient): LiveClient {
  if (client !== undefined) return client;
  const provided = hasInjectionContext() ? inject(LIVE_CLIENT_KEY, undefined) : undefined;
  if (provided === undefined) {
    throw new TypeError(
      'useLiveClient(): no LiveClient. Install it with app.use(TikTokLivePlugin, { client: createLiveClient(…) }), or pass { client } to the composable.',
    );
  }
  return provided;
}
