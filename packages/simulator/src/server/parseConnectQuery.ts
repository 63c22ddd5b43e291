import { FEATURE_FLAG_SPECS, eulerNormalizeUniqueId, parseFeatureFlag } from '@tiktok-live-rx/protocol';
import type { SchemaVersion } from '@tiktok-live-rx/protocol';

/** Every feature flag with its parsed value (defaults filled), as echoed in `workerInfo`. */
export interface ParsedFeatures {
  bundleEvents: boolean;
  rawMessages: boolean;
  normalizeUniqueId: boolean;
  syntheticPresence: boolean;
  syntheticPresenceLeaveAfter: number;
  closeInactiveWebSocketAfter: number;
  schemaVersion: SchemaVersion;
  includeRawBytes: boolean;
  useEnterpriseApi: boolean;
  webcastPlatform: 'web' | 'mobile';
  enableTranscription: boolean;
}

/** A valid connect request. */
export interface ConnectRequest {
  /** The uniqueId after the service's own normalisation (when enabled). */
  uniqueId: string;
  /** `apiKey` query value, when present. */
  apiKey?: string;
  /** `jwtKey` query value, when present. */
  jwtKey?: string;
  /** Parsed flags. */
  features: ParsedFeatures;
}

/** Result of `parseConnectQuery`. */
export type ParseConnectResult =
  | { ok: true; request: ConnectRequest; query: Record<string, string> }
  | { ok: false; message: string; query: Record<string, string>; uniqueId: string };

/**
 * Parses a WebSocket connect URL's query with the service's rules (PROTOCOL.md
 * §1.2–§1.5): flattened `features.*` keys, strict boolean literals, numeric
 * ranges, unknown keys ignored, uniqueId normalised when the flag says so.
 * @example
 * parseConnectQuery('/?uniqueId=%40tv_asahi_news&features.bundleEvents=false');
 */
export function parseConnectQuery(url: string | undefined): ParseConnectResult {
  const query: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URL(url ?? '/', 'http://simulator.invalid').searchParams;
  } catch {
    return { ok: false, message: 'unparseable request URL', query, uniqueId: '' };
  }
  for (const [key, value] of params) if (!(key in query)) query[key] = value;

  const defaults = Object.fromEntries(
    Object.entries(FEATURE_FLAG_SPECS).map(([name, spec]) => [name, spec.default]),
  ) as unknown as ParsedFeatures;
  const features: ParsedFeatures = { ...defaults };
  const rawId = query['uniqueId'] ?? '';
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith('features.')) continue;
    const name = key.slice('features.'.length);
    if (!(name in FEATURE_FLAG_SPECS)) continue; // unknown flags are stripped, like zod's default
    const parsed = parseFeatureFlag(name, value);
    if (!parsed.ok) return { ok: false, message: parsed.message, query, uniqueId: rawId };
    (features as unknown as Record<string, unknown>)[name] = parsed.value;
  }
  const uniqueId = features.normalizeUniqueId ? eulerNormalizeUniqueId(rawId) : rawId;
  if (uniqueId === '') return { ok: false, message: 'uniqueId is required', query, uniqueId };
  const request: ConnectRequest = { uniqueId, features };
  if (query['apiKey'] !== undefined) request.apiKey = query['apiKey'];
  if (query['jwtKey'] !== undefined) request.jwtKey = query['jwtKey'];
  return { ok: true, request, query };
}
