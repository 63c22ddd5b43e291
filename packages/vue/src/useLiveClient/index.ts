import type { LiveSource } from '@tiktok-live-rx/core';
import { hasInjectionContext, inject } from 'vue';
import { LIVE_CLIENT_KEY } from '../plugin.js';

/**
 * The client provided by `TikTokLivePlugin` (or `provideLiveClient`), or the `client` you
 * pass (which wins): a `LiveClient`, or any other `LiveSource` (such as a relay client). Call it in `setup()`. Throws a `TypeError` when there is no client.
 *
 * @example
 * const client = useLiveClient();
 * const live = client.live('some_creator'); // inert until something subscribes
 *
 * @see TikTokLivePlugin
 */
export function useLiveClient(client?: LiveSource): LiveSource {
  if (client !== undefined) return client;
  const provided = hasInjectionContext() ? inject(LIVE_CLIENT_KEY, undefined) : undefined;
  if (provided === undefined) {
    throw new TypeError(
      'useLiveClient(): no LiveClient (or other LiveSource). Install it with app.use(TikTokLivePlugin, { client: createLiveClient(…) }), or pass { client } to the composable.',
    );
  }
  return provided;
}
