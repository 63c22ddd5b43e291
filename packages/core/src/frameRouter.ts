/**
 * The hot path: parse a frame once, then route each item by type through a Map
 * to its own sink. The per-item cost does not depend on how many streams are
 * subscribed: one Map lookup, a few `observed` checks, and normalisation only
 * when somebody consumes that type.
 */
import type { WebcastChatMessage, WebcastControlMessage, WebcastLikeMessage, WebcastRoomUserSeqMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import { ProtocolError, TikTokLiveError, UnsupportedFrameError } from './errors.js';
import { LIVE_EVENT_TYPES, type LiveEvent, type RoomInfo } from './events.js';
import type { Sink } from './multicast.js';
import { normalizeMessageInPlace } from './protocol/normalizeMessage.js';

/** Where routed items go, and the side effects the connection needs. */
export interface FrameRouterTargets {
  /** Every item (`events$`). */
  readonly events: Sink<LiveEvent>;
  /** Non-fatal problems (`errors$`). */
  readonly errors: Sink<TikTokLiveError>;
  /** Social messages whose display-text key contains `follow`. */
  readonly follow: Sink<WebcastSocialMessage>;
  /** Social messages whose display-text key contains `share`. */
  readonly share: Sink<WebcastSocialMessage>;
  /** True while something besides the type's own sink needs chat items (the store). */
  wantsChat(): boolean;
  /** True while something besides the type's own sink needs like items (the store). */
  wantsLike(): boolean;
  /** True while something besides the type's own sink needs viewer-count items. */
  wantsRoomUserSeq(): boolean;
  /** Side effects, called before the item reaches its sink. */
  onRoomInfo(data: RoomInfo): void;
  /** See {@link FrameRouterTargets.onRoomInfo}. */
  onControl(data: WebcastControlMessage): void;
  onChat(data: WebcastChatMessage): void;
  onLike(data: WebcastLikeMessage): void;
  onRoomUserSeq(data: WebcastRoomUserSeqMessage): void;
  /** De-duplication: true drops the TikTok item before anything sees it (asked once per TikTok item somebody consumes; absent = off). */
  readonly isDuplicate?: ((data: object) => boolean) | undefined;
}

/** The router one connection owns. */
export interface FrameRouter {
  /** Handles one WebSocket frame; returns true when it carried a session item (anything but `workerInfo`). */
  handleFrame(raw: unknown): boolean;
  /** The sink for one wire type (created on first use). */
  sinkFor(type: string): Sink<unknown>;
}

const enum Special {
  None,
  RoomInfo,
  Control,
  Chat,
  Like,
  RoomUserSeq,
  Social,
}

interface Route {
  readonly known: boolean;
  readonly normalize: boolean;
  readonly special: Special;
  sink: Sink<unknown> | undefined;
}

const SPECIAL_BY_TYPE: ReadonlyMap<string, Special> = new Map([
  ['roomInfo', Special.RoomInfo],
  ['WebcastControlMessage', Special.Control],
  ['WebcastChatMessage', Special.Chat],
  ['WebcastLikeMessage', Special.Like],
  ['WebcastRoomUserSeqMessage', Special.RoomUserSeq],
  ['WebcastSocialMessage', Special.Social],
]);

/** Euler's own items that carry no TikTok field names (presence items do, and are normalised). */
const NOT_NORMALISED: ReadonlySet<string> = new Set(['workerInfo', 'roomInfo', 'tiktok.connect', 'tiktok.disconnect', 'tiktok.rawBytes']);

/** Bound on distinct cached routes, so a hostile stream of random type names cannot grow memory. */
const MAX_ROUTES = 1024;
const EXCERPT = 120;

type Item = { type: string; data: Record<string, unknown> };

/** Creates the router for one connection; `createSink` makes the per-type sinks. */
export function createFrameRouter(targets: FrameRouterTargets, createSink: () => Sink<unknown>): FrameRouter {
  const routes = new Map<string, Route>();
  const { events, errors, follow, share } = targets;

  const routeFor = (type: string): Route => {
    let route = routes.get(type);
    if (route === undefined) {
      route = {
        known: LIVE_EVENT_TYPES.has(type),
        normalize: !NOT_NORMALISED.has(type),
        special: SPECIAL_BY_TYPE.get(type) ?? Special.None,
        sink: undefined,
      };
      if (routes.size < MAX_ROUTES) routes.set(type, route);
    }
    return route;
  };

  const sinkFor = (type: string): Sink<unknown> => {
    let route = routes.get(type);
    if (route === undefined) {
      route = routeFor(type);
      // Subscribed types must stay routable even past the cap.
      routes.set(type, route);
    }
    return (route.sink ??= createSink());
  };

  const reportItem = (item: unknown, index: number): void => {
    const type = typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;
    errors.next(
      new ProtocolError(
        `Item ${index < 0 ? '' : `#${index} `}is not { type: string, data: object }; skipped.`,
        { problem: 'invalid-item', ...(index >= 0 ? { index } : {}), ...(typeof type === 'string' ? { type } : {}), excerpt: excerptOf(item) },
      ),
    );
  };

  const routeItem = (item: unknown, index: number): boolean => {
    if (typeof item !== 'object' || item === null) {
      reportItem(item, index);
      return false;
    }
    const type = (item as { type?: unknown }).type;
    const data = (item as { data?: unknown }).data;
    if (typeof type !== 'string' || typeof data !== 'object' || data === null || Array.isArray(data)) {
      reportItem(item, index);
      return false;
    }
    const route = routes.get(type) ?? routeFor(type);
    const sink = route.sink;
    const toEvents = events.observed;
    let wanted = toEvents || (sink !== undefined && sink.observed);
    switch (route.special) {
      case Special.None:
        break;
      case Special.RoomInfo:
      case Special.Control:
        wanted = true;
        break;
      case Special.Chat:
        wanted ||= targets.wantsChat();
        break;
      case Special.Like:
        wanted ||= targets.wantsLike();
        break;
      case Special.RoomUserSeq:
        wanted ||= targets.wantsRoomUserSeq();
        break;
      case Special.Social:
        wanted ||= follow.observed || share.observed;
        break;
    }
    if (wanted) {
      // Only consumed items are checked: a duplicate of an item nobody received is news to everyone.
      if (route.normalize && targets.isDuplicate?.(data) === true) return true;
      const value = route.normalize ? normalizeMessageInPlace(type, data as Record<string, unknown>) : (data as Record<string, unknown>);
      (item as Item).data = value;
      switch (route.special) {
        case Special.None:
          break;
        case Special.RoomInfo:
          targets.onRoomInfo(value as RoomInfo);
          break;
        case Special.Control:
          targets.onControl(value as unknown as WebcastControlMessage);
          break;
        case Special.Chat:
          targets.onChat(value as unknown as WebcastChatMessage);
          break;
        case Special.Like:
          targets.onLike(value as unknown as WebcastLikeMessage);
          break;
        case Special.RoomUserSeq:
          targets.onRoomUserSeq(value as unknown as WebcastRoomUserSeqMessage);
          break;
        case Special.Social: {
          const key = socialKey(value);
          if (key.includes('follow')) follow.next(value as unknown as WebcastSocialMessage);
          else if (key.includes('share')) share.next(value as unknown as WebcastSocialMessage);
          break;
        }
      }
      if (sink !== undefined) sink.next(value);
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
    if (typeof doc !== 'object' || doc === null) {
      errors.next(new ProtocolError('Received a JSON frame that is neither a bundle nor an item; skipped.', { problem: 'unknown-shape', excerpt: raw.slice(0, EXCERPT) }));
      return false;
    }
    const messages = (doc as { messages?: unknown }).messages;
    if (Array.isArray(messages)) {
      let session = false;
      for (let i = 0; i < messages.length; i++) {
        // One bad item (or a throwing side effect) must not cost the rest of the bundle.
        try {
          if (routeItem(messages[i], i)) session = true;
        } catch (error) {
          errors.next(new TikTokLiveError(`Failed to deliver item #${i}: ${error instanceof Error ? error.message : String(error)}`, 'unexpected', { cause: error }));
        }
      }
      return session;
    }
    if (typeof (doc as { type?: unknown }).type === 'string') {
      try {
        return routeItem(doc, -1);
      } catch (error) {
        errors.next(new TikTokLiveError(`Failed to deliver an item: ${error instanceof Error ? error.message : String(error)}`, 'unexpected', { cause: error }));
        return false;
      }
    }
    errors.next(new ProtocolError('Received a JSON frame that is neither a bundle nor an item; skipped.', { problem: 'unknown-shape', excerpt: raw.slice(0, EXCERPT) }));
    return false;
  };

  return { handleFrame, sinkFor };
}

/** `common.displayText.key` (v3), or `displayType` (v2) if normalisation left it. */
function socialKey(data: Record<string, unknown>): string {
  const text = (data['common'] as { displayText?: { key?: unknown; displayType?: unknown } } | undefined)?.displayText;
  const key = text?.key ?? text?.displayType;
  return typeof key === 'string' ? key : '';
}

function excerptOf(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, EXCERPT);
  } catch {
    return String(value).slice(0, EXCERPT);
  }
}
