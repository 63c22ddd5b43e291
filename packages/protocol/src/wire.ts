/**
 * JSON shapes on the wire (PROTOCOL.md §2). These describe what the service
 * sends, before any normalisation.
 */

/** One item: a TikTok message (`WebcastChatMessage`, …) or a custom Euler item (`roomInfo`, …). */
export interface WireItem {
  /** TikTok protobuf message name or an Euler custom type. */
  type: string;
  /** The decoded message (schema v2 field names by default). */
  data: unknown;
}

/** A bundle of items (`features.bundleEvents=true`, the default). */
export interface WireBundle {
  /** Server time of the bundle, epoch milliseconds. */
  timestamp: number;
  /** Items in delivery order. */
  messages: WireItem[];
}

/** A text frame's JSON document: a bundle, or a bare item when bundling is off. */
export type WireFrame = WireBundle | WireItem;

/** Euler's own (non-TikTok) item types (PROTOCOL.md §2.4). */
export const CustomItemType = {
  WORKER_INFO: 'workerInfo',
  ROOM_INFO: 'roomInfo',
  TIKTOK_CONNECT: 'tiktok.connect',
  TIKTOK_DISCONNECT: 'tiktok.disconnect',
  TIKTOK_RAW_BYTES: 'tiktok.rawBytes',
  SYNTHETIC_JOIN: 'SyntheticJoinMessage',
  SYNTHETIC_LEAVE: 'SyntheticLeaveMessage',
} as const;

/** `workerInfo` item data: always the first item of a session. */
export interface WorkerInfoData {
  webSocketId: string;
  schemaVersion: SchemaVersion;
  /** The parsed feature flags, as real booleans and numbers. */
  features: Record<string, unknown>;
}

/** `tiktok.connect` item data. */
export interface TikTokConnectData {
  agentId: string;
}

/** `tiktok.disconnect` item data: the close code that follows. */
export interface TikTokDisconnectData {
  reason: number;
}

/** Schema versions the service decodes TikTok messages with (PROTOCOL.md §1.2, §1.4). */
export type SchemaVersion = 'v1' | 'v2' | 'v3';

/** The schema version this library pins on every connection. */
export const PINNED_SCHEMA_VERSION = 'v2' satisfies SchemaVersion;

/** True when a parsed JSON document is a bundle (has a `messages` array). */
export function isWireBundle(frame: unknown): frame is WireBundle {
  return typeof frame === 'object' && frame !== null && Array.isArray((frame as { messages?: unknown }).messages);
}

/** True when a value has the `{type: string, data}` item shape. */
export function isWireItem(value: unknown): value is WireItem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'data' in value
  );
}
