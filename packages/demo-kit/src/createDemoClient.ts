/**
 * The browser half of the JWT flow: the client's `jwt` provider (`jwtFromEndpoint` of the
 * core) asks the page's backend (`POST /api/jwt`) for a fresh, creator-scoped token before
 * every connect attempt. The page never holds the API key.
 */
import { DEMO_API, type LiveConfig } from '@tiktok-live-rx/demo-backend/client';
import { createLiveClient, jwtFromEndpoint, type LiveClient } from '@tiktok-live-rx/core';

/** What the page knows about the tokens it fetched (for the header; never the tokens themselves). */
export interface JwtActivity {
  /** Tokens fetched so far (one per connect attempt). */
  readonly count: number;
  /** The creator the last token was for. */
  readonly lastUniqueId: string | undefined;
  /** Why the last fetch failed, when it did. */
  readonly lastError: string | undefined;
}

/** A tiny external store of {@link JwtActivity} for `useSyncExternalStore`. */
export interface JwtLog {
  subscribe(listener: () => void): () => void;
  getSnapshot(): JwtActivity;
}

/** How often a creator that is offline (or whose stream ended) is checked again. */
export const WAIT_UNTIL_LIVE_INTERVAL_MS = 5000;

/** Creates the page's client: `url` from the backend's config, JWTs from `/api/jwt`, wait-until-live on. */
export function createDemoClient(config: LiveConfig): { client: LiveClient; jwtLog: JwtLog } {
  let activity: JwtActivity = { count: 0, lastUniqueId: undefined, lastError: undefined };
  const listeners = new Set<() => void>();
  const update = (next: JwtActivity): void => {
    activity = next;
    for (const listener of listeners) listener();
  };

  const fetchJwt = jwtFromEndpoint(DEMO_API.jwt);
  const client = createLiveClient({
    url: config.wsUrl,
    jwt: async (context) => {
      try {
        const token = await fetchJwt(context);
        update({ count: activity.count + 1, lastUniqueId: context.uniqueId, lastError: undefined });
        return token;
      } catch (error) {
        // A refusal (CredentialsRejectedError) ends the connection; anything else is retried.
        update({ ...activity, lastError: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    // Offline (4404) → 'waiting' and a retry every ~5 s; after a stream end (4005) the same
    // wait re-arms, so `ending_creator` comes back by itself.
    waitUntilLive: { interval: WAIT_UNTIL_LIVE_INTERVAL_MS },
    totals: { topN: 10 },
  });

  return {
    client,
    jwtLog: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getSnapshot: () => activity,
    },
  };
}
