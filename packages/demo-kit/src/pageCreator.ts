/**
 * Which creator a demo page opens on, the same rule for the dashboard and the overlays:
 * the URL's `?creator=` when it names one, else the backend's first quick pick.
 */
import type { LiveConfig } from '@tiktok-live-rx/demo-backend/client';
import { normalizeUniqueId } from '@tiktok-live-rx/core';

/** The backend's first creator (`tv_asahi_news` when it lists none). */
export function defaultCreator(config: LiveConfig): string {
  return config.creators[0] ?? 'tv_asahi_news';
}

/** The creator of `?creator=` in `search` (normalised) when usable, else {@link defaultCreator}. */
export function pageCreator(search: string, config: LiveConfig): string {
  return normalizeUniqueId(new URLSearchParams(search).get('creator') ?? '') ?? defaultCreator(config);
}
