/**
 * The hot path, one way: decode a frame once, route each item by type through a Map to its
 * own sink, normalise it only when somebody consumes that type, deliver. The router asks
 * nobody anything: consumers (streams, the store, room state, totals) subscribe to the sinks,
 * and a sink's `observed` flag is the whole "who wants this" question. The per-item cost does
 * not depend on how many streams are subscribed.
 */
import { ProtocolError, TikTokLiveError, UnsupportedFrameError } from '../errors.js';
import { LIVE_EVENT_TYPES, isNormalisedType, type LiveEvent } from '../events.js';
import { createMulticast, type Multicast, type Sink } from '../multicast.js';
import { inPlaceNormalizerFor } from '../protocol/normalizeMessage.js';

/** Where the router delivers besides the per-type sinks. */
export interface FrameRouterTargets {
  /** Every item (`events$`). */
  readonly events: Sink<LiveEvent>;
  /** Non-fatal problems (`errors$`). */
  readonly errors: Sink<TikTokLiveError>;
  /** De-duplication: true drops the TikTok item before anything sees it (asked once per consumed TikTok item; absent = off). */
  readonly isDuplicate?: ((data: object) => boolean) | undefined;
}

/** The router one connection owns. */
export interface FrameRouter {
  /** Handles one WebSocket frame; returns true when it carried a session item (anything but `workerInfo`). */
  handleFrame(raw: unknown): boolean;
  /** The multicast of one wire type (created on first use). */
  sinkFor(type: string): Multicast<unknown>;
}

interface Route {
  readonly known: boolean;
  /** Euler's `workerInfo`, which echoes the schema the server sends. */
  readonly workerInfo: boolean;
  /** A TikTok item (de-duplicated, normalised when its type needs it). */
  readonly tiktok: boolean;
  /** The type's in-place v2 → v3 normaliser, looked up once per type. */
  readonly normalize: ((data: Record<string, unknown>) => Record<string, unknown>) | undefined;
  sink: Multicast<unknown> | undefined;
}

/** Bound on distinct cached routes, so a hostile stream of random type names cannot grow memory. */
const MAX_ROUTES = 1024;
const EXCERPT = 120;

type Item = { type: string; data: Record<string, unknown> };

/** Creates the router for one connection. */
export function createFrameRouter(targets: FrameRouterTargets): FrameRouter {
  const routes = new Map<string, Route>();
  const { events, errors, isDuplicate } = targets;
  // The server confirmed v3 field names (its workerInfo echoes `schemaVersion: 'v3'`): TikTok items
  // already carry the names the normaliser would give them, so it is skipped. Without that echo (v2,
  // or no workerInfo) every item is normalised, which is safe for v3 input too.
  let v3Wire = false;

  const routeFor = (type: string): Route => {
    const tiktok = isNormalisedType(type);
    const route: Route = {
      known: LIVE_EVENT_TYPES.has(type),
      workerInfo: type === 'workerInfo',
      tiktok,
      normalize: tiktok ? inPlaceNormalizerFor(type) : undefined,
      sink: undefined,
    };
    if (routes.size < MAX_ROUTES) routes.set(type, route);
    return route;
  };

  const sinkFor = (type: string): Multicast<unknown> => {
    let route = routes.get(type);
    if (route === undefined) {
      route = routeFor(type);
      // Subscribed types must stay routable even past the cap.
      routes.set(type, route);
    }
    return (route.sink ??= createMulticast<unknown>());
  };

  const reportItem = (item: unknown, index: number, type: unknown): void => {
    errors.next(
      new ProtocolError(`Item ${index < 0 ? '' : `#${index} `}is not { type: string, data: object }; skipped.`, {
        problem: 'invalid-item',
        ...(index >= 0 ? { index } : {}),
        ...(typeof type === 'string' ? { type } : {}),
        excerpt: excerptOf(item),
      }),
    );
  };

  const routeItem = (item: unknown, index: number): boolean => {
    const { type, data } = (typeof item === 'object' && item !== null ? item : {}) as { type?: unknown; data?: unknown };
    if (typeof type !== 'string' || typeof data !== 'object' || data === null || Array.isArray(data)) {
      reportItem(item, index, type);
      return false;
    }
    const route = routes.get(type) ?? routeFor(type);
    // Every session starts with one, so a reconnect that gets another schema is followed.
    if (route.workerInfo) v3Wire = (data as { schemaVersion?: unknown }).schemaVersion === 'v3';
    const sink = route.sink;
    const toEvents = events.observed;
    const toSink = sink !== undefined && sink.observed;
    if (toEvents || toSink) {
      // Only consumed items are checked: a duplicate of an item nobody received is news to everyone.
      if (route.tiktok && isDuplicate?.(data) === true) return true;
      const normalize = v3Wire ? undefined : route.normalize;
      const value = normalize !== undefined ? normalize(data as Record<string, unknown>) : (data as Record<string, unknown>);
      (item as Item).data = value;
      if (toSink) sink.next(value);
      if (toEvents) events.next(route.known ? (item as LiveEvent) : { type: 'unknown', wireType: type, data: value });
    }
    return type !== 'workerInfo';
  };

  const handleFrame = (raw: unknown): boolean => {
    if (typeof raw !== 'string') {
      const size = (raw as { byteLength?: unknown; size?: unknown } | null)?.byteLength ?? (raw as { size?: unknown } | null)?.size;
      const byteLength = typeof size === 'number' ? size : 0;
      errors.next(
        new UnsupportedFrameError(
          `Received a binary frame (${byteLength} bytes); binary (rawMessages) frames are not supported. Leave features.rawMessages off.`,
          { byteLength },
        ),
      );
      return false;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch {
      errors.next(new ProtocolError('Received a frame that is not JSON; skipped.', { problem: 'malformed-json', excerpt: raw.slice(0, EXCERPT) }));
      return false;
    }
    const messages = typeof doc === 'object' && doc !== null ? (doc as { messages?: unknown }).messages : undefined;
    const bundle = Array.isArray(messages);
    if (!bundle && (typeof doc !== 'object' || doc === null || typeof (doc as { type?: unknown }).type !== 'string')) {
      errors.next(new ProtocolError('Received a JSON frame that is neither a bundle nor an item; skipped.', { problem: 'unknown-shape', excerpt: raw.slice(0, EXCERPT) }));
      return false;
    }
    // A bundle, or one item (index -1).
    const items: unknown[] = bundle ? messages : [doc];
    let session = false;
    for (let i = 0; i < items.length; i++) {
      // One bad item (or a throwing consumer) must not cost the rest of the bundle.
      try {
        if (routeItem(items[i], bundle ? i : -1)) session = true;
      } catch (error) {
        errors.next(
          new TikTokLiveError(`Failed to deliver ${bundle ? `item #${i}` : 'an item'}: ${error instanceof Error ? error.message : String(error)}`, 'unexpected', { cause: error }),
        );
      }
    }
    return session;
  };

  return { handleFrame, sinkFor };
}

function excerptOf(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, EXCERPT);
  } catch {
    return String(value).slice(0, EXCERPT);
  }
}
