/**
 * The v2 → v3 rename and type table, compiled for the walker: Euler's default
 * JSON schema ("v2") against tiktok-live-connector's PROTO3 ("v3") field names
 * and JSON types. The table itself is data, `messageTable.ts` (compiled
 * here, struct by struct, at first use), generated from
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
import { MESSAGE_TYPES, NAMED_STRUCTS, STRUCTS } from './messageTable.js';
import type { NamedStruct } from './messageTableTypes.js';

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

/** A value converter as data (interpreted by the walker; no closures on the hot path). Every converter has every field (one hidden class). */
export interface Converter {
  readonly kind: ConverterKind;
  /** `struct`: the spec to apply. */
  readonly spec: Spec | undefined;
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
  /** Rename target (applied when absent from the object and, if `guarded`, when the spec's guard holds). */
  readonly to: string | undefined;
  /** The rename is a name-collision trap: only on objects that are certainly v2. */
  readonly guarded: boolean;
  /** Converter when the key is kept. */
  readonly keep: Converter | undefined;
  /** Converter when renamed to `to`. */
  readonly renamed: Converter | undefined;
}

/** How to turn one v2 struct into its v3 shape: one rule per input key that needs anything. */
export interface Spec {
  /** Filled from {@link Spec.source} on first use (see {@link rulesOf}). */
  readonly rules: Map<string, Rule>;
  /** The struct's encoded rules (`messageTable.ts`), until they are compiled into {@link Spec.rules}. */
  source: string | undefined;
  /**
   * For guarded renames: the v2-only renamed keys and the rename targets. An
   * object is certainly v2 when it has one of the first and none of the second
   * (evaluated lazily, only when a key with a guarded rename is met).
   */
  guard: readonly [v2Only: readonly string[], targets: readonly string[]] | undefined;
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

/** The specs the walker uses, built together at first use. */
export interface Specs {
  /** Any other TikTok message: `common`, `user`, `toUser` and whatever the deep walk recognises. */
  readonly other: Spec;
  /** Euler's synthetic presence items carry a v2 User subset (PROTOCOL.md §2.4). */
  readonly presence: Spec;
  /** v2 Image / ImageModel / EmoteImage → v3 ImageModel (for objects recognised by shape). */
  readonly image: Spec;
  /** v2 Text → v3 Text (exported by TLC as `MessageCommonText`). */
  readonly text: Spec;
  /** v2 User → v3 User. */
  readonly user: Spec;
}

const newSpec = (source?: string, walkUnknown = false): Spec => ({ rules: new Map(), source, guard: undefined, walkUnknown, plans: [] });

function converter(kind: ConverterKind, spec?: Spec, of?: Converter, entry?: Converter, keyName?: string, valueName?: string, keyOf?: Converter): Converter {
  return { kind, spec, of, entry, keyName, valueName, keyOf };
}

const rule = (to: string | undefined, guarded: boolean, keep: Converter | undefined, renamed?: Converter): Rule => ({ to, guarded, keep, renamed });

/** v2 → v3 kinds of the scalar converters' codes. */
const SCALARS: Readonly<Record<string, ConverterKind>> = { s: 'str', n: 'num', l: 'strList' };

/** Compiles one encoded converter: `s`, `n`, `l`, a struct index, `*c`, `%c`, or `@key/value/keyAs/of`. */
function compileConverter(c: string, specs: readonly Spec[]): Converter {
  const rest = c.slice(1);
  switch (c[0]) {
    case '*':
      return converter('list', undefined, compileConverter(rest, specs));
    case '%':
      return converter('values', undefined, compileConverter(rest, specs));
    case '@': {
      const [key, value, keyAs, of] = rest.split('/') as [string, string, string, string];
      const ofC = of ? compileConverter(of, specs) : undefined;
      const keyOf = keyAs ? compileConverter(keyAs, specs) : undefined;
      // A v3 element `{key, value}` (v3 input is a list already): its two converters.
      const entry = newSpec();
      if (ofC) entry.rules.set(value, rule(undefined, false, ofC));
      if (keyOf) entry.rules.set(key, rule(undefined, false, keyOf));
      return converter('entries', undefined, ofC, converter('struct', entry), key, value, keyOf);
    }
  }
  const kind = SCALARS[c];
  return kind !== undefined ? converter(kind) : converter('struct', specs[Number(c)]);
}

/**
 * Fills spec `s` with one encoded struct's rules, read straight from its string: comma-separated
 * `from>to`, `from^to` (collide) or `name` entries, each with an optional `:converter` of the v3
 * field. Converters are keyed by v3 name, renames by v2 name; a later entry of the same name
 * overrides an earlier one.
 */
function fill(s: Spec, text: string, specs: readonly Spec[]): void {
  const rename = new Map<string, string>();
  const fields = new Map<string, string>();
  const collide = new Set<string>();
  for (const entry of text.split(',')) {
    const [, from, sep, to, c] = /^(\w+)(?:([>^])(\w+))?(?::(.*))?$/.exec(entry)!;
    if (to !== undefined) {
      rename.set(from!, to);
      if (sep === '^') collide.add(from!);
    }
    if (c !== undefined) fields.set(to ?? from!, c);
  }
  const conv = (name: string): Converter | undefined => {
    const c = fields.get(name);
    return c === undefined ? undefined : compileConverter(c, specs);
  };
  for (const name of fields.keys()) s.rules.set(name, rule(undefined, false, conv(name)));
  for (const [from, to] of rename) s.rules.set(from, rule(to, collide.has(from), conv(from), conv(to)));
  if (collide.size > 0) s.guard = [[...rename.keys()].filter((k) => !collide.has(k)), [...rename.values()]];
}

/** One spec per table struct, by index (converters refer to them before they are compiled). */
let table: readonly Spec[] = [];

/**
 * The rules of a spec: a table struct's are decoded and compiled on first use,
 * so the first item costs only the structs it reaches. Only the walker's plan
 * building reads them: a cached plan needs no rule.
 */
export function rulesOf(s: Spec): ReadonlyMap<string, Rule> {
  if (s.source !== undefined) {
    fill(s, s.source, table);
    s.source = undefined;
  }
  return s.rules;
}

/** Splits the table into one spec per struct, to be compiled on first use; builds the structural specs. */
function build(): Specs {
  const sources = STRUCTS.split(';');
  const specs = (table = sources.map((source) => newSpec(source)));
  const spec = (name: NamedStruct): Spec => specs[NAMED_STRUCTS[name]]!;
  // The union of the three image structs (for the shape probes of the generic walk): their
  // entries in a row, a later rename or converter of the same name overriding an earlier one.
  const image = newSpec([sources[NAMED_STRUCTS.Image], sources[NAMED_STRUCTS.ImageModel], sources[NAMED_STRUCTS.EmoteImage]].join(','));
  const user = spec('User');
  const toUser = rule(undefined, false, converter('struct', user));
  const other = newSpec(undefined, true);
  other.rules.set('common', rule(undefined, false, converter('struct', spec('CommonMessageData')))).set('user', toUser).set('toUser', toUser);
  const presence = newSpec(undefined, true);
  presence.rules.set('user', toUser);
  return {
    other,
    presence,
    image,
    text: spec('Text'),
    user,
  };
}

let built: Specs | undefined;

/** The specs (built on the first call; each table struct compiled at its first use). */
export const specs = (): Specs => (built ??= build());

/**
 * The spec of a wire type (the specs are built first, which fills `table`):
 * the table's for the covered TikTok types, the structural one (`common`,
 * `user`, `toUser`, nested structs by shape) for other `Webcast*` types, the
 * presence one for `SyntheticJoinMessage` / `SyntheticLeaveMessage`, and none
 * for Euler's own items (`workerInfo`, `roomInfo`, `tiktok.*`, …).
 */
export function specFor(type: string): Spec | undefined {
  const s = specs();
  return Object.hasOwn(MESSAGE_TYPES, type)
    ? table[MESSAGE_TYPES[type]!]
    : type === 'SyntheticJoinMessage' || type === 'SyntheticLeaveMessage'
      ? s.presence
      : type.startsWith('Webcast') || type === 'RoomVerifyMessage'
        ? s.other
        : undefined;
}
