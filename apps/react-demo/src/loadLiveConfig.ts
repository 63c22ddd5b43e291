import type { LiveConfig } from '../server/liveBackend.js';

export type { LiveConfig, LiveService } from '../server/liveBackend.js';

/** Fetches `GET /api/live-config` from the page's own backend: where to connect, and which creators to offer. */
export async function loadLiveConfig(): Promise<LiveConfig> {
  const response = await fetch('/api/live-config', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/api/live-config answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<LiveConfig>;
  if (typeof body.wsUrl !== 'string' || (body.service !== 'simulator' && body.service !== 'euler-stream') || !Array.isArray(body.creators)) {
    throw new Error('/api/live-config answered something else than {wsUrl, service, creators}');
  }
  return { wsUrl: body.wsUrl, service: body.service, creators: body.creators.filter((id): id is string => typeof id === 'string') };
}
