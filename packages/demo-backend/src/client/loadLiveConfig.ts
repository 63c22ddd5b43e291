import { DEMO_API } from './demoApi.js';
import type { LiveConfig } from './liveConfig.js';

/** Fetches `GET /api/live-config` from the page's own backend: where to connect, and which creators to offer. */
export async function loadLiveConfig(): Promise<LiveConfig> {
  const response = await fetch(DEMO_API.liveConfig, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${DEMO_API.liveConfig} answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<LiveConfig>;
  if (typeof body.wsUrl !== 'string' || (body.service !== 'simulator' && body.service !== 'euler-stream') || !Array.isArray(body.creators)) {
    throw new Error(`${DEMO_API.liveConfig} answered something else than {wsUrl, service, creators}`);
  }
  return { wsUrl: body.wsUrl, service: body.service, creators: body.creators.filter((id): id is string => typeof id === 'string') };
}
