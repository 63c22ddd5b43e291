import { DEMO_API } from './demoApi.js';

/** A rendition the room-video route can ask for. */
export type DemoStreamType = 'hls_ld' | 'hls_sd' | 'flv_ld' | 'flv_sd';

/** The outcome of {@link loadRoomVideo}: a playable URL, or the route's error `code` (`not-live`, …). */
export type DemoRoomVideo =
  | { readonly ok: true; readonly url: string; readonly streamType: DemoStreamType | undefined }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly error: string };

/**
 * Asks the page's backend (`GET /api/room-video`) for the creator's video URL; the API key
 * stays on the server. A creator that is not live comes back as `{ ok: false, code: 'not-live' }`.
 */
export async function loadRoomVideo(uniqueId: string, streamType: DemoStreamType = 'hls_sd', signal?: AbortSignal): Promise<DemoRoomVideo> {
  const query = new URLSearchParams({ uniqueId, streamType });
  const response = await fetch(`${DEMO_API.roomVideo}?${query}`, { headers: { accept: 'application/json' }, signal });
  const body = (await response.json().catch(() => ({}))) as { url?: unknown; streamType?: unknown; code?: unknown; error?: unknown };
  if (response.ok && typeof body.url === 'string') {
    const type = typeof body.streamType === 'string' ? (body.streamType as DemoStreamType) : undefined;
    return { ok: true, url: body.url, streamType: type };
  }
  return {
    ok: false,
    status: response.status,
    code: typeof body.code === 'string' ? body.code : 'unknown',
    error: typeof body.error === 'string' ? body.error : `HTTP ${response.status}`,
  };
}
