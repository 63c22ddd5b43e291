import type { LiveSource } from '@tiktok-live-rx/core';
import { requireLiveSource } from '@tiktok-live-rx/core/bindings';
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
  return requireLiveSource(
    client,
    () => (hasInjectionContext() ? inject(LIVE_CLIENT_KEY, undefined) : undefined),
    'Install it with app.use(TikTokLivePlugin, { client: createLiveClient(…) })',
  );
}
