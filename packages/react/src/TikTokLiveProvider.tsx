'use client';
import type { LiveClientOptions, LiveSource } from '@tiktok-live-rx/core';
import { providedClient } from '@tiktok-live-rx/core/bindings';
import { useState, type ReactNode } from 'react';
import { LiveClientContext } from './liveClientContext.js';

/** Props of {@link TikTokLiveProvider}: an existing `client` (any `LiveSource`), or the `options` to create one. */
export type TikTokLiveProviderProps = {
  /** The subtree that uses `useTikTokLive`, `useLiveClient`, … */
  children?: ReactNode;
} & (
  | {
      /** A client you created with `createLiveClient`, or any other `LiveSource` such as a relay client (you own it: the provider never closes it). */
      client: LiveSource;
      /** Not with `client`. */
      options?: undefined;
    }
  | {
      /** Not with `options`. */
      client?: undefined;
      /**
       * Options for a client the provider creates on its first render. Read once: later changes
       * are ignored (remount with a `key` to start over with new options).
       */
      options: LiveClientOptions;
    }
);

/**
 * Makes a `LiveClient` (or any `LiveSource`) available to the hooks below it. Creating the client opens nothing:
 * sockets open when a hook subscribes and close a grace period after the last one unmounts.
 *
 * @example
 * const client = createLiveClient({ jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() });
 *
 * <TikTokLiveProvider client={client}>
 *   <App />
 * </TikTokLiveProvider>
 *
 * @see useLiveClient
 * @see useTikTokLive
 */
export function TikTokLiveProvider(props: TikTokLiveProviderProps): ReactNode {
  const { client, children } = props;
  // Lazy initializer: checked and created once per mounted provider, in render but without side
  // effects (a client is an empty registry; nothing connects until a hook subscribes).
  // An owned client is deliberately not close()d on unmount: close() is final, and StrictMode
  // or an <Activity> hide runs the cleanup and then mounts the same instance again. With every
  // hook unmounted its sockets are already released after the grace period, and the empty
  // registry is garbage-collected with the provider.
  const [{ owned: ownClient }] = useState(() => providedClient(props, '<TikTokLiveProvider>'));
  const value = client ?? ownClient;
  if (value === undefined) {
    // Switched from `client` to `options` after the first render: the options were read once.
    throw new TypeError('<TikTokLiveProvider>: `options` are read on the first render only; remount the provider (change its `key`) to use new options.');
  }
  return <LiveClientContext.Provider value={value}>{children}</LiveClientContext.Provider>;
}
