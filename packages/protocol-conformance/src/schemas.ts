/**
 * The two schemas compared, loaded from their npm packages (dev dependencies of
 * this private package only):
 * - v2: Euler's schema in `@eulerstream/euler-websocket-sdk` (MIT), the one the
 *   service decodes with before sending JSON;
 * - v3: `tiktok-live-proto` (AGPL-3.0, used here as a test oracle only, never
 *   by a published package), the shapes tiktok-live-connector users get.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v3Module from 'tiktok-live-proto/v3';
import { parseSchema, type MessageInfo, type Schema } from './schemaReflection.js';

/** A ts-proto codec. */
export interface Codec {
  encode(message: unknown): { finish(): Uint8Array };
  decode(input: Uint8Array): Record<string, unknown>;
}

/** One schema: its parsed messages and a codec per message. */
export interface LoadedSchema {
  readonly schema: Schema;
  codec(name: string): Codec;
  message(name: string): MessageInfo;
  /**
   * Whether a scalar field has explicit presence (proto3 `optional`): ts-proto
   * leaves it `undefined` when absent, so JSON omits it, where a plain field
   * would carry its default.
   */
  hasPresence(message: string, field: string): boolean;
}

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const V2_FILE = join(packageDir, 'node_modules/@eulerstream/euler-websocket-sdk/dist/webcast/schemas/tiktok-schema-v2.js');
const V3_FILE = join(packageDir, 'node_modules/tiktok-live-proto/dist/node/v3.js');

/**
 * The message types the core's table covers, as Euler names them on the wire:
 * the generator derives the table from these roots, the test checks each.
 */
export const COVERED_TYPES = [
  'WebcastChatMessage',
  'WebcastGiftMessage',
  'WebcastLikeMessage',
  'WebcastMemberMessage',
  'WebcastSocialMessage',
  'WebcastRoomUserSeqMessage',
  'WebcastControlMessage',
  'WebcastSubNotifyMessage',
  'WebcastEmoteChatMessage',
  'WebcastEnvelopeMessage',
  'WebcastQuestionNewMessage',
  'WebcastLinkMicBattle',
  'WebcastLinkMicArmies',
] as const;

/** The v2 codec name of a wire type (`WebcastChatMessage` → `WebcastChatMessageDecoder`). */
export const v2Name = (type: string): string => `${type}Decoder`;

function loaded(schema: Schema, codecs: Record<string, unknown>): LoadedSchema {
  const bases = new Map<string, Record<string, unknown>>();
  return {
    hasPresence(message, field) {
      let base = bases.get(message);
      if (base === undefined) bases.set(message, (base = this.codec(message).decode(new Uint8Array(0))));
      return base[field] === undefined;
    },
    schema,
    codec(name) {
      const c = codecs[name] as Codec | undefined;
      if (c === undefined) throw new Error(`no codec ${name}`);
      return c;
    },
    message(name) {
      const m = schema.get(name);
      if (m === undefined) throw new Error(`no message ${name}`);
      return m;
    },
  };
}

/** Euler's v2 schema. */
export function loadV2(): LoadedSchema {
  const require = createRequire(import.meta.url);
  return loaded(parseSchema(V2_FILE), require(V2_FILE) as Record<string, unknown>);
}

/**
 * tiktok-live-proto's v3 schema. The bundle's codecs are keyed by internal
 * identifier (`Text$1`); its closing `export { Text$1 as Text, … }` maps them
 * to the module's exports.
 */
export function loadV3(): LoadedSchema {
  const source = readFileSync(V3_FILE, 'utf8');
  const list = /export \{([^}]*)\};?\s*$/.exec(source)?.[1];
  if (list === undefined) throw new Error('tiktok-live-proto v3: no export list');
  const exported = v3Module as unknown as Record<string, unknown>;
  const codecs: Record<string, unknown> = {};
  for (const part of list.split(',')) {
    const [internal, alias] = part.trim().split(/\s+as\s+/);
    if (internal) codecs[internal] = exported[alias ?? internal];
  }
  return loaded(parseSchema(V3_FILE), codecs);
}
