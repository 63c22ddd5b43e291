/**
 * The v2 → v3 rename and type table, compiled for the walker: Euler's default
 * JSON schema ("v2") against tiktok-live-connector's PROTO3 ("v3") field names
 * and JSON types. The table itself is data, `messageTable.ts`, generated from
 * the two schemas (field-number match) by the private
 * `@tiktok-live-rx/protocol-conformance` package, whose differential test is
 * the reference for what the table does. `normalizeMessage.ts` holds the one
 * walker that applies it (copying for the public `normalizeMessage`, in place
 * for the frame router).
 *
 * Rules:
 * - Each struct that needs anything has a {@link Spec}: v2 → v3 renames and
 *   value converters keyed by the v3 field name, compiled into one {@link Rule}
 *   per input key (v2 name and v3 name alike, so v3 input is walked the same).
 * - **A field unknown to the table passes through unchanged**, value and all
 *   (new TikTok fields, v2-only fields, fields whose two types are incompatible,
 *   such as v2 `MemberMessage.effectConfig`, a message where v3 has bytes).
 *   Structs the table does not list need nothing and are not walked.
 * - Converters are idempotent: they coerce to the v3 JSON type (`str`, `num`,
 *   `strList`) or apply another spec, so running them on v3 input is a no-op.
 * - Renames fire only when the v2 name is present **and** the v3 name is not,
 *   so v3 input (and half-converted input) is never renamed twice.
 * - Names v3 reuses for a *different* field of the same struct (User's
 *   `fanTicketCount`, `anchorLevel`, `payScores`: the table's `collide`) are
 *   renamed only on objects positively identified as v2 (the spec's guard: a
 *   v2-only renamed key present, no rename target present); an ambiguous
 *   object keeps them untouched.
 * - Where the two schemas disagree about the same bytes, the table follows the
 *   names both share: `CombineBadgeStruct.text` is v2's TextBadge
 *   `{badgeDisplayType, key, defaultPattern, pieces}` (fields 1–4) but v3's
 *   BadgeText `{key, defaultPattern, pieces}` (fields 1–3). We treat it as v3's
 *   TextBadge, like every other badge text: `badgeDisplayType → displayType`,
 *   `key`, `defaultPattern` and `pieces` kept as they are (by field number v3
 *   would read v2's `key` as `defaultPattern`, against the names of both).
 * - Types the table does not know (other `Webcast*` messages, Euler's presence
 *   items) get the structural specs only: `common`, `user` / `toUser`, and
 *   nested v2 Image/ImageModel, Text and User objects recognised by their
 *   distinctive keys (the walker's generic deep walk).
 * - v3-only fields are not synthesised (e.g. v3 `ImageModel.uri` stays absent
 *   when v2 had no `mUri`), and no field is dropped.
 */
import { MESSAGE_TYPES, STRUCTS, type TableConverter, type TableStruct } from './messageTable.js';

/** A JSON object. */
export type Obj = Record<string, unknown>;

/**
 * What a converter does with one field's value:
 * - `str`: int32 → int64, numbers become decimal strings;
 * - `num`: int64 → int32, decimal strings become numbers;
 * - `strList`: a single string becomes a one-element list, `''` an empty one (v2 EmoteImage.imageUrl → urlList);
 * - `struct`: apply a spec when the value is an object;
 * - `list`: apply `of` to each element of an array;
 * - `values`: apply `of` to each value of a map-like object (JSON map field);
 * - `entries`: v2 map `{[k]: V}` → v3 repeated `{[keyName]: k, [valueName]: V}`, applying `of` to the values.
 */
export type ConverterKind = 'str' | 'num' | 'strList' | 'struct' | 'list' | 'values' | 'entries';

/** A value converter as data (interpreted by the walker; no closures on the hot path). */
export interface Converter {
  readonly kind: ConverterKind;
  /** The struct spec (`struct`), resolved on first use: specs reference each other. */
  spec: Spec | undefined;
  readonly resolve: (() => Spec) | undefined;
  /** The element / value converter (`list`, `values`, `entries`). */
  readonly of: Converter | undefined;
  /** `entries` only: the converter of one v3 element (for v3 input, already a list). */
  readonly entry: Converter | undefined;
  /** `entries` only: v3's names of the element's key and value fields. */
  readonly keyName: string | undefined;
  readonly valueName: string | undefined;
  /** `entries` only: the map key's converter (keys are strings in JSON). */
  readonly keyOf: Converter | undefined;
}

/** What happens to one input key of a struct. */
export interface Rule {
  /** Rename target (applied when absent from the object). */
  readonly to: string | undefined;
  /** Rename target applied only when the spec's guard holds (name-collision traps). */
  readonly guardedTo: string | undefined;
  /** Converter when the key is kept. */
  readonly keep: Converter | undefined;
  /** Converter when renamed to `to`. */
  readonly renamed: Converter | undefined;
  /** Converter when renamed to `guardedTo`. */
  readonly guarded: Converter | undefined;
}

/** How to turn one v2 struct into its v3 shape: one rule per input key that needs anything. */
export interface Spec {
  readonly rules: ReadonlyMap<string, Rule>;
  /** Evaluated lazily, only when a key with a guarded rename is met. */
  readonly guard: ((o: Obj) => boolean) | undefined;
  /**
   * Whether keys without a rule get the generic deep walk (structural specs of
   * types the table does not know) or pass through unchanged (table specs).
   */
  readonly walkUnknown: boolean;
  /** The walker's cache of decisions per key sequence, most recent first (see {@link Plan}). */
  readonly plans: Plan[];
}

/**
 * The decisions of a spec for one exact key sequence: output key and converter
 * per position. Every decision depends only on which keys an object has (rename
 * targets present or not, the guard), so objects with the same key sequence
 * (e.g. every v2 User Euler sends) can share one.
 */
export interface Plan {
  readonly keys: readonly string[];
  readonly outKeys: readonly string[];
  readonly convs: readonly (Converter | undefined)[];
  /** The spec's {@link Spec.walkUnknown}, at hand for the walker. */
  readonly walkUnknown: boolean;
  /** Whether a key or an output key is `__proto__` (only then do writes need the guarded `put`). */
  readonly protoKey: boolean;
  /** Whether the plan renames a key (the walker then writes a copy from the first key on). */
  readonly rebuilds: boolean;
  /** Keeps the hidden classes of the output shape alive (see the walker's `shapeOf`). */
  readonly shape: object;
}

/** Presence of a key: an own property, whatever its value (decisions depend on the key set alone). */
export const has = (o: Obj, key: string): boolean => Object.hasOwn(o, key);

/** The spec's struct for a converter, resolved on first use. */
export function resolveSpec(c: Converter): Spec {
  return (c.spec ??= c.resolve!());
}

interface ConverterParts {
  resolve?: () => Spec;
  of?: Converter;
  entry?: Converter;
  keyName?: string;
  valueName?: string;
  keyOf?: Converter;
}

function converter(kind: ConverterKind, parts: ConverterParts = {}): Converter {
  return {
    kind,
    spec: undefined,
    resolve: parts.resolve,
    of: parts.of,
    entry: parts.entry,
    keyName: parts.keyName,
    valueName: parts.valueName,
    keyOf: parts.keyOf,
  };
}

interface SpecDef {
  rename?: Readonly<Record<string, string>>;
  guardedRename?: Readonly<Record<string, string>>;
  guard?: (o: Obj) => boolean;
  map?: Readonly<Record<string, Converter>>;
  walkUnknown?: boolean;
}

function spec(def: SpecDef): Spec {
  const rename = def.rename ?? {};
  const guardedRename = def.guardedRename ?? {};
  const map = def.map ?? {};
  const own = (o: Readonly<Record<string, Converter>>, k: string | undefined): Converter | undefined =>
    k !== undefined && Object.hasOwn(o, k) ? o[k] : undefined;
  const rules = new Map<string, Rule>();
  for (const key of new Set([...Object.keys(rename), ...Object.keys(guardedRename), ...Object.keys(map)])) {
    const to = Object.hasOwn(rename, key) ? rename[key] : undefined;
    const guardedTo = to === undefined && Object.hasOwn(guardedRename, key) ? guardedRename[key] : undefined;
    rules.set(key, { to, guardedTo, keep: own(map, key), renamed: own(map, to), guarded: own(map, guardedTo) });
  }
  return { rules, guard: def.guard, walkUnknown: def.walkUnknown ?? false, plans: [] };
}

// --- compiling the generated table ------------------------------------------------

const toStr = converter('str');
const toNum = converter('num');
const toStrList = converter('strList');

const compiled = new Map<string, Spec>();

/** The compiled spec of a table struct (compiled once, on first use). */
function tableSpec(id: string): Spec {
  let s = compiled.get(id);
  if (s === undefined) {
    const struct = STRUCTS[id];
    if (struct === undefined) throw new Error(`messageTable: no struct ${id}`);
    s = compileStruct(struct);
    compiled.set(id, s);
  }
  return s;
}

function compileStruct(struct: TableStruct): Spec {
  const map: Record<string, Converter> = {};
  for (const [key, c] of Object.entries(struct.fields)) map[key] = compileConverter(c);
  const collide = new Set(struct.collide ?? []);
  if (collide.size === 0) return spec({ rename: struct.rename, map });
  const rename: Record<string, string> = {};
  const guardedRename: Record<string, string> = {};
  for (const [from, to] of Object.entries(struct.rename)) (collide.has(from) ? guardedRename : rename)[from] = to;
  return spec({ rename, guardedRename, guard: isCertainlyV2(struct), map });
}

/**
 * True when an object is certainly a v2 struct and certainly not a v3 one: it
 * has a renamed v2 name that v3 does not use, and none of the rename targets.
 */
function isCertainlyV2(struct: TableStruct): (o: Obj) => boolean {
  const collide = new Set(struct.collide ?? []);
  const v2Only = Object.keys(struct.rename).filter((k) => !collide.has(k));
  const targets = Object.values(struct.rename);
  return (o) => v2Only.some((k) => has(o, k)) && !targets.some((k) => has(o, k));
}

function compileConverter(c: TableConverter): Converter {
  if (c === 'str') return toStr;
  if (c === 'num') return toNum;
  if (c === 'strList') return toStrList;
  if ('struct' in c) {
    const id = c.struct;
    return converter('struct', { resolve: () => tableSpec(id) });
  }
  if ('list' in c) return converter('list', { of: compileConverter(c.list) });
  if ('values' in c) return converter('values', { of: compileConverter(c.values) });
  const { key, value, keyAs, of } = c.entries;
  const ofC = of === undefined ? undefined : compileConverter(of);
  const keyOf = keyAs === undefined ? undefined : compileConverter(keyAs);
  const entryMap: Record<string, Converter> = {};
  if (ofC !== undefined) entryMap[value] = ofC;
  if (keyOf !== undefined) entryMap[key] = keyOf;
  const entry = converter('struct', { resolve: () => spec({ map: entryMap }) });
  return converter('entries', { of: ofC, entry, keyName: key, valueName: value, keyOf });
}

// --- structural specs for types the table does not know ----------------------------

/** The union of table structs' rules (for the shape probes of the generic walk). */
function merged(...ids: string[]): Spec {
  const rename: Record<string, string> = {};
  const map: Record<string, Converter> = {};
  for (const id of ids) {
    const struct = STRUCTS[id];
    if (struct === undefined) throw new Error(`messageTable: no struct ${id}`);
    Object.assign(rename, struct.rename);
    for (const [key, c] of Object.entries(struct.fields)) map[key] = compileConverter(c);
  }
  return spec({ rename, map });
}

/** v2 Image / ImageModel / EmoteImage → v3 ImageModel (for objects recognised by shape). */
export const IMAGE: Spec = merged('Image', 'ImageModel', 'EmoteImage');
/** v2 Text → v3 Text (exported by TLC as `MessageCommonText`). */
export const TEXT: Spec = tableSpec('Text');
/** v2 User → v3 User. */
export const USER: Spec = tableSpec('User');

const user = converter('struct', { resolve: () => USER });

/** Any other TikTok message: common, user, toUser and whatever the deep walk recognises. */
const OTHER_TIKTOK_MESSAGE = spec({
  map: { common: converter('struct', { resolve: () => tableSpec('CommonMessageData') }), user, toUser: user },
  walkUnknown: true,
});

/** Euler's synthetic presence items carry a v2 User subset (PROTOCOL.md §2.4). */
const PRESENCE = spec({ map: { user }, walkUnknown: true });

/** The table's spec per covered wire type (compiled on first use of each struct). */
const TYPE_SPECS: ReadonlyMap<string, Spec> = new Map(Object.entries(MESSAGE_TYPES).map(([type, id]) => [type, tableSpec(id)]));

function isTikTokType(type: string): boolean {
  return type.startsWith('Webcast') || type === 'RoomVerifyMessage';
}

/**
 * The spec of a wire type: the table's for the covered TikTok types, the
 * structural one (`common`, `user`, `toUser`, nested structs by shape) for
 * other `Webcast*` types, the presence one for `SyntheticJoinMessage` /
 * `SyntheticLeaveMessage`, and none for Euler's own items (`workerInfo`,
 * `roomInfo`, `tiktok.*`, …).
 */
export function specFor(type: string): Spec | undefined {
  const s = TYPE_SPECS.get(type);
  if (s !== undefined) return s;
  if (type === 'SyntheticJoinMessage' || type === 'SyntheticLeaveMessage') return PRESENCE;
  return isTikTokType(type) ? OTHER_TIKTOK_MESSAGE : undefined;
}
