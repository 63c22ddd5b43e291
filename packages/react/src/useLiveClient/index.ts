'use client';
import type { LiveSource } from '@tiktok-live-rx/core';
import { requireLiveSource } from '@tiktok-live-rx/core/bindings';
import { useContext } from 'react';
import { LiveClientContext } from '../liveClientContext.js';

/**
 * The client of the nearest `TikTokLiveProvider`, or the `client` you pass (which wins): a
 * `LiveClient`, or any other `LiveSource` (such as a relay client). Throws a `TypeError` when
 * there is neither.
 *
 * @example
 * const client = useLiveClient();
 * const live = client.live('some_creator'); // inert until something subscribes
 *
 * @see TikTokLiveProvider
 */
export function useLiveClient(client?: LiveSource): LiveSource {
  const fromContext = useContext(LiveClientContext);
  return requireLiveSource(client, () => fromContext, 'Wrap the tree in <TikTokLiveProvider client={createLiveClient(…)}>');
}
