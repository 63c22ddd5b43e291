/**
 * The browser half of the JWT flow: the client's `jwt` provider asks the page's backend
 * (`POST /api/jwt`) for a fresh, creator-scoped token before every connect attempt.
 * The page never holds the API key.
 */
import { createLiveClient, type LiveClient } from '@tiktok-live-rx/react';
import type { LiveConfig } from '@tiktok-live-rx/demo-backend/client';

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

  const client = createLiveClient({
    url: config.wsUrl,
    jwt: async ({ uniqueId }) => {
      const response = await fetch('/api/jwt', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ uniqueId }),
      });
      const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
      if (!response.ok || typeof body.token !== 'string') {
        const reason = `/api/jwt answered HTTP ${response.status}${typeof body.error === 'string' ? `: ${body.error}` : ''}`;
        update({ ...activity, lastError: reason });
        throw new Error(reason);
      }
      update({ count: activity.count + 1, lastUniqueId: uniqueId, lastError: undefined });
      return body.token;
    },
    // Offline (4404) → 'waiting' and a retry every ~5 s; after a stream end (4005) the same
    // wait re-arms, so `ending_creator` comes back by itself.
    waitUntilLive: { interval: WAIT_UNTIL_LIVE_INTERVAL_MS },
    totals: { topN: 5 },
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
