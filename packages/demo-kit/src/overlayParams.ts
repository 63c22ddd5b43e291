import { normalizeUniqueId } from '@tiktok-live-rx/core';

/** The overlay pages, served at `/overlay/<kind>`. */
export const OVERLAY_KINDS = ['alerts', 'chat', 'goal', 'leaderboard'] as const;

/** One overlay page. */
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

/** Colour themes of the overlays. */
export const OVERLAY_THEMES = ['dark', 'light', 'neon'] as const;

/** One colour theme. */
export type OverlayTheme = (typeof OVERLAY_THEMES)[number];

/** Everything an overlay reads from its URL (`?creator=…&theme=…&scale=…&limit=…&goal=…`). */
export interface OverlayParams {
  /** The creator to watch (normalised). */
  readonly creator: string;
  /** Colour theme. @default 'dark' */
  readonly theme: OverlayTheme;
  /** Font scale, 0.5–3. @default 1 */
  readonly scale: number;
  /** Chat lines (chat), rows (leaderboard) or queued alerts (alerts), 1–50. @default 5 */
  readonly limit: number;
  /** Diamond goal of the goal bar, 1–10 000 000. @default 1000 */
  readonly goal: number;
  /** How long an alert stays on screen, in seconds (1–30). @default 5 */
  readonly seconds: number;
}

/** Defaults of {@link OverlayParams} (the creator's default comes from the caller). */
export const DEFAULT_OVERLAY_PARAMS: Omit<OverlayParams, 'creator'> = { theme: 'dark', scale: 1, limit: 5, goal: 1000, seconds: 5 };

/** The overlay kind of a path such as `/overlay/alerts` (a trailing slash is fine), or `undefined`. */
export function overlayKindOf(pathname: string): OverlayKind | undefined {
  const match = /^\/overlay\/([a-z]+)\/?$/.exec(pathname);
  return OVERLAY_KINDS.find((kind) => kind === match?.[1]);
}

/**
 * Reads the overlay parameters from a query string; a missing or unusable value gets its
 * default (an overlay in OBS must show something rather than an error), clamped to its range.
 */
export function parseOverlayParams(search: string, defaultCreator: string): OverlayParams {
  const query = new URLSearchParams(search);
  const theme = OVERLAY_THEMES.find((name) => name === query.get('theme')) ?? DEFAULT_OVERLAY_PARAMS.theme;
  return {
    creator: normalizeUniqueId(query.get('creator') ?? '') ?? defaultCreator,
    theme,
    scale: numberParam(query.get('scale'), DEFAULT_OVERLAY_PARAMS.scale, 0.5, 3),
    limit: Math.round(numberParam(query.get('limit'), DEFAULT_OVERLAY_PARAMS.limit, 1, 50)),
    goal: Math.round(numberParam(query.get('goal'), DEFAULT_OVERLAY_PARAMS.goal, 1, 10_000_000)),
    seconds: numberParam(query.get('seconds'), DEFAULT_OVERLAY_PARAMS.seconds, 1, 30),
  };
}

/** The overlay's URL (path and query; defaults left out) for the dashboard's URL builder. */
export function overlayUrl(kind: OverlayKind, params: OverlayParams, origin = ''): string {
  const query = new URLSearchParams({ creator: params.creator });
  for (const key of ['theme', 'scale', 'limit', 'goal', 'seconds'] as const) {
    if (params[key] !== DEFAULT_OVERLAY_PARAMS[key]) query.set(key, String(params[key]));
  }
  return `${origin}/overlay/${kind}?${query.toString()}`;
}

function numberParam(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
