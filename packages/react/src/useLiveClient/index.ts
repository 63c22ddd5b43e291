'use client';
import type { LiveClient } from '@tiktok-live-rx/core';
import { useContext } from 'react';
import { LiveClientContext } from '../liveClientContext.js';

/**
 * The `LiveClient` of the nearest `TikTokLiveProvider`, or the `client` you pass (which wins).
 * Throws a `TypeError` when there is neither.
 *
 * @example
 * const client = useLiveClient();
 * const live = client.live('some_creator'); // inert until something subscribes
 *
 * @see TikTokLiveProvider
 */
export function useLiveClient(client?: LiveClient): LiveClient {
  const fromContext = useContext(LiveClientContext);
  const resolved = client ?? fromContext;
  if (resolved === undefined) {
    throw new TypeError(
      'useLiveClient(): no LiveClient. Wrap the tree in <TikTokLiveProvider client={createLiveClient(…)}> or pass { client } to the hook.',
    );
  }
  return resolved;
}
