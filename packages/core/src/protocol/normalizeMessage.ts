/**
 * The v2 → v3 walker: applies the rename table of `messageSpecs.ts` to one
 * message. One walker serves both entry points, parameterised by `inPlace`:
 * - {@link normalizeMessage} (public): copy-on-write; the input is never
 *   mutated, untouched subtrees are shared with the result, v3 input comes back
 *   as the very same object.
 * - {@link normalizeMessageInPlace} (the frame router, which owns its freshly
 *   parsed JSON): objects without a renamed key are updated in place. An object
 *   with a renamed key is still rebuilt, because deleting keys would switch it
 *   to V8's slow dictionary mode (measured: ~3× slower to build, slower to read).
 *
 * Speed:
 * - each spec caches its decisions per key sequence ({@link Plan}), so the
 *   common case (Euler sends the same keys in the same order for a given
 *   struct) walks an object with one string comparison per key, no table
 *   lookup and no presence test;
 * - copies follow hidden classes prepared once per plan ({@link shapeOf}), so a
 *   large copy (a full v2 User has ~60 keys) stays in V8's fast mode;
 * - only what the table names is walked: a struct that needs nothing, and any
 *   field the table does not know, pass through without a visit.
 */
import { has, rulesOf, specFor, specs, type Converter, type Obj, type Plan, type Spec } from './messageSpecs.js';

/** Plans kept per spec (a spec sees few distinct key sequences in practice). */
const MAX_PLANS = 4;
/** Objects with more keys than this are walked without caching a plan. */
const MAX_PLAN_KEYS = 256;

/** Deeper than this, values are returned as they are (JSON never nests this far in practice). */
const MAX_DEPTH = 32;

/**
 * A cheaper value test for the shape probes of {@link fixDeep}, which run per
 * object and are not cached: JSON values are never `undefined`, and none of the
 * names probed exist on `Object.prototype`.
 */
const present = (o: Obj, key: string): boolean => o[key] !== undefined;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Defines `key` as a plain data property (what `JSON.parse` creates), even for `__proto__`. */
function define(out: object, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Own-property write that is safe for a `__proto__` key coming from `JSON.parse`. */
function put(out: Obj, key: string, value: unknown): void {
  if (key === '__proto__') define(out, key, value);
  else out[key] = value;
}

/**
 * Applies a spec to one object. A renamed key needs a new object (keys are
 * never deleted: that would turn the object into a slow dictionary), so the
 * result is a copy from the first renamed key on. Without a rename:
 * `inPlace` writes changed values back into `o`; otherwise `o` is copied
 * only when something changed (copy-on-write, `o` untouched).
 *
 * The decisions come from a cached {@link Plan}, matched key by key while
 * walking. When no cached plan covers the object's key sequence, one is built
 * from the spec's table and the walk starts over with it. Starting over is
 * safe: nothing was renamed in `o`, and values already converted in place
 * convert to themselves.
 */
function applySpec(o: Obj, s: Spec, depth: number, inPlace: boolean): Obj {
  if (depth > MAX_DEPTH) return o;
  const next = depth + 1;
  // Try the most recent plan first.
  let plan: Plan | undefined = s.plans[0];
  restart: for (;;) {
    let i = 0;
    // A plan that renames a key rebuilds the object: write the copy from the start.
    let out: Obj | undefined = plan?.rebuilds ? {} : undefined;
    for (const key in o) {
      if (plan === undefined || plan.keys[i] !== key) {
        const other = findPlan(s.plans, plan, i, key);
        // No cached plan fits, or the copy was started for a rename this plan does not make: walk again.
        if (other === undefined || (out !== undefined && !other.rebuilds)) {
          plan = other ?? buildPlan(o, s);
          continue restart;
        }
        plan = other;
      }
      const value = o[key];
      const outKey = plan.outKeys[i]!;
      const c = plan.convs[i];
      // Most fields are scalars without a converter: no call for them. Objects
      // without one pass through unchanged in table specs (walkUnknown false).
      const outValue =
        c === undefined
          ? plan.walkUnknown && typeof value === 'object' && value !== null
            ? fixDeep(value, next, inPlace)
            : value
          : convert(c, value, next, inPlace);
      i++;
      if (out === undefined) {
        if (outKey === key) {
          if (outValue === value) continue;
          if (inPlace) {
            if (plan.protoKey) put(o, key, outValue);
            else o[key] = outValue;
            continue;
          }
        }
        out = copyFirst(o, i - 1);
      }
      // Only a plan with a `__proto__` key needs the guarded write.
      if (plan.protoKey) put(out, outKey, outValue);
      else out[outKey] = outValue;
    }
    if (plan !== undefined && i !== plan.keys.length && findPlan(s.plans, plan, i, undefined) === undefined) {
      plan = buildPlan(o, s);
      continue;
    }
    return out ?? o;
  }
}

/**
 * A plan to continue with at position `i` (key `key`, or the end of the object
 * when `undefined`): one whose keys and decisions before `i` equal `current`'s
 * (so the work done so far stays valid). The one found moves to the front, so
 * the next object tries it first.
 */
function findPlan(plans: Plan[], current: Plan | undefined, i: number, key: string | undefined): Plan | undefined {
  outer: for (let p = 0; p < plans.length; p++) {
    const plan = plans[p]!;
    if (plan === current || (key === undefined ? plan.keys.length !== i : plan.keys[i] !== key)) continue;
    for (let j = 0; j < i; j++) {
      if (plan.keys[j] !== current!.keys[j] || plan.outKeys[j] !== current!.outKeys[j] || plan.convs[j] !== current!.convs[j]) continue outer;
    }
    if (p > 0) {
      plans[p] = plans[0]!;
      plans[0] = plan;
    }
    return plan;
  }
  return undefined;
}

/** Decides every key of `o` from the spec's table; caches the plan (most recent first). */
function buildPlan(o: Obj, s: Spec): Plan {
  const keys: string[] = [];
  const outKeys: string[] = [];
  const convs: (Converter | undefined)[] = [];
  let guarded: boolean | undefined;
  const rules = rulesOf(s);
  for (const key in o) {
    const rule = rules.get(key);
    let outKey = key;
    let c: Converter | undefined;
    if (rule !== undefined) {
      const to = rule.to;
      c = rule.keep;
      if (to !== undefined && !has(o, to) && (!rule.guarded || (guarded ??= isCertainlyV2(o, s)))) {
        outKey = to;
        c = rule.renamed;
      }
    }
    keys.push(key);
    outKeys.push(outKey);
    convs.push(c);
  }
  const protoKey = keys.includes('__proto__') || outKeys.includes('__proto__');
  const rebuilds = outKeys.some((outKey, i) => outKey !== keys[i]);
  const plan: Plan = { keys, outKeys, convs, walkUnknown: s.walkUnknown, protoKey, rebuilds, shape: shapeOf(outKeys) };
  if (keys.length <= MAX_PLAN_KEYS) {
    s.plans.unshift(plan);
    if (s.plans.length > MAX_PLANS) s.plans.pop();
  }
  return plan;
}

/**
 * An object with the keys a copy will get, in order, built with
 * `Object.defineProperty`. Kept alive by its plan, so that V8 keeps the hidden
 * classes it created: copies built later with `out[key] = value` follow them
 * and stay in fast mode. Without it, an object built by keyed stores becomes a
 * slow dictionary past 16 properties (a full v2 User has ~60), which is slow to
 * build and slow for consumers to read.
 */
function shapeOf(keys: readonly string[]): object {
  const shape = {};
  for (const key of keys) define(shape, key, null);
  return shape;
}

/**
 * Maps the values of an object with `c` (a JSON map field), or, without a
 * converter, walks an object no spec describes ({@link fixDeep}: only nested
 * values can change). In place, or copy-on-write.
 */
function mapObject(o: Obj, c: Converter | undefined, depth: number, inPlace: boolean): Obj {
  let out: Obj | undefined;
  let i = 0;
  for (const key in o) {
    const value = o[key];
    const converted = c !== undefined ? convert(c, value, depth, inPlace) : fixDeep(value, depth + 1, inPlace);
    i++;
    if (out === undefined) {
      if (converted === value) continue;
      if (inPlace) {
        put(o, key, converted);
        continue;
      }
      out = copyFirst(o, i - 1);
    }
    put(out, key, converted);
  }
  return out ?? o;
}

/** A shallow copy of the first `n` keys of `o`. */
function copyFirst(o: Obj, n: number): Obj {
  const out: Obj = {};
  if (n === 0) return out;
  let i = 0;
  for (const k in o) {
    put(out, k, o[k]);
    if (++i === n) break;
  }
  return out;
}

/** Maps an array with `c` (or {@link fixDeep}): in place, or copy-on-write. */
function mapArray(arr: unknown[], c: Converter | undefined, depth: number, inPlace: boolean): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < arr.length; i++) {
    const value = arr[i];
    const converted = c !== undefined ? convert(c, value, depth, inPlace) : fixDeep(value, depth, inPlace);
    if (out === undefined) {
      if (converted === value) continue;
      if (inPlace) {
        arr[i] = converted;
        continue;
      }
      out = arr.slice(0, i);
    }
    out.push(converted);
  }
  return out ?? arr;
}

/** Runs one converter. Idempotent: v3 values come back unchanged. */
function convert(c: Converter, v: unknown, depth: number, inPlace: boolean): unknown {
  switch (c.kind) {
    // Structs are by far the most common converter: tested first.
    case 'struct':
      return isObj(v) ? applySpec(v, c.spec!, depth, inPlace) : fixDeep(v, depth, inPlace);
    case 'str':
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
    case 'num': {
      if (typeof v !== 'string' || v === '') return v;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
    case 'strList':
      // proto3 omits an empty string: v3 decodes it as an empty list.
      return typeof v === 'string' ? (v === '' ? [] : [v]) : v;
    case 'list':
      return Array.isArray(v) ? mapArray(v, c.of, depth, inPlace) : fixDeep(v, depth, inPlace);
    case 'values':
      return isObj(v) ? mapObject(v, c.of, depth, inPlace) : fixDeep(v, depth, inPlace);
    case 'entries':
      if (Array.isArray(v)) return mapArray(v, c.entry, depth, inPlace);
      if (!isObj(v)) return v;
      return Object.keys(v).map((key) => entry(c, key, v[key], depth, inPlace));
  }
}

/** One v3 `{key, value}` element (under v3's names) of a v2 map entry. */
function entry(c: Converter, key: string, value: unknown, depth: number, inPlace: boolean): Obj {
  const out: Obj = {};
  put(out, c.keyName!, c.keyOf === undefined ? key : convert(c.keyOf, key, depth, inPlace));
  put(out, c.valueName!, c.of === undefined ? value : convert(c.of, value, depth, inPlace));
  return out;
}

// --- generic deep walk --------------------------------------------------------

/** True when the object is certainly v2 and not v3 (see {@link Spec.guard}). */
function isCertainlyV2(o: Obj, s: Spec): boolean {
  const [v2Only, targets] = s.guard!;
  return v2Only.some((k) => has(o, k)) && !targets.some((k) => has(o, k));
}

/**
 * Walks a value of unknown type, converting the v2 structs it can recognise
 * by shape (Image/ImageModel, Text, User) and leaving everything else as is.
 */
function fixDeep(value: unknown, depth: number, inPlace: boolean): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return mapArray(value, undefined, depth + 1, inPlace);
  const o = value as Obj;
  const { image, text, user } = specs();
  // Recognised by their v2-only keys (v3 has none of these names): an Image or ImageModel, a
  // Text, a User (`userId` plus `uniqueId` or `profilePicture`).
  const spec =
    present(o, 'mUri') || Array.isArray(o['mUrls'])
      ? image
      : Array.isArray(o['piecesList']) || (present(o, 'displayType') && present(o, 'defaultPattern'))
        ? text
        : present(o, 'userId') && (present(o, 'uniqueId') || present(o, 'profilePicture'))
          ? user
          : undefined;
  return spec !== undefined ? applySpec(o, spec, depth, inPlace) : mapObject(o, undefined, depth, inPlace);
}

/**
 * Converts one decoded message from Euler's v2 JSON field names and types to
 * tiktok-live-connector's v3 (PROTO3) shapes, following the table generated
 * from the two schemas (`messageTable.ts`; the differential test in
 * `packages/protocol-conformance` is the reference).
 *
 * - Pure and idempotent: v3 input comes back as the same object; the input is
 *   never mutated (untouched subtrees are shared with the result).
 * - Known TikTok types use the table; a field unknown to it passes through
 *   unchanged. Other `Webcast*` types get
 *   the safe structural renames only (`common`, `user`, nested Image/Text/User
 *   objects recognised by their v2-only keys). `SyntheticJoinMessage` /
 *   `SyntheticLeaveMessage` get their `user` converted. Every other type (Euler's
 *   `workerInfo`, `roomInfo`, `tiktok.*`, future custom items) is returned untouched.
 * - Never throws: non-object data and odd sub-values (null, arrays where
 *   objects belong) are passed through as they are.
 *
 * @param type - The item's wire `type`, e.g. `WebcastChatMessage`.
 * @param data - The item's `data` as parsed from JSON.
 * @returns The data with v3 field names and JSON types.
 * @example
 * ```ts
 * normalizeMessage('WebcastLikeMessage', { likeCount: 5, totalLikeCount: 120 });
 * // → { count: 5, total: '120' }
 * normalizeMessage('WebcastChatMessage', { comment: 'hi', user: { userId: '1', uniqueId: 'bob' } });
 * // → { content: 'hi', user: { id: '1', displayId: 'bob' } }
 * ```
 */
export function normalizeMessage(type: string, data: Record<string, unknown>): Record<string, unknown> {
  return normalize(type, data, false);
}

/**
 * {@link normalizeMessage} for data nobody else holds (the frame router's freshly
 * parsed items): the same rules and result, but objects without a renamed key
 * are updated in place instead of copied. Objects with a renamed key are still
 * rebuilt (deleting keys would make V8 switch them to slow dictionary mode).
 * Internal: not part of the public API.
 */
export function normalizeMessageInPlace(type: string, data: Record<string, unknown>): Record<string, unknown> {
  return normalize(type, data, true);
}

function normalize(type: string, data: Record<string, unknown>, inPlace: boolean): Record<string, unknown> {
  const s = specFor(type);
  return s === undefined || !isObj(data) ? data : applySpec(data, s, 0, inPlace);
}

/**
 * The in-place normaliser of one wire type, looked up once (the frame router
 * keeps it per route, so an item costs no table lookup); `undefined` for types
 * that need nothing (Euler's own items). Internal: not part of the public API.
 */
export function inPlaceNormalizerFor(type: string): ((data: Record<string, unknown>) => Record<string, unknown>) | undefined {
  const s = specFor(type);
  return s && ((data) => applySpec(data, s, 0, true));
}

/**
 * The first usable URL of an image in any schema: v3 `urlList[]`, v2 Image
 * `url[]`, v2 ImageModel `mUrls[]`, or v2 EmoteImage `imageUrl`. Empty strings
 * are skipped; a bare non-empty string is returned as is.
 *
 * @example
 * ```ts
 * firstImageUrl(user.avatarThumb); // 'https://p16-sign.tiktokcdn.com/…'
 * firstImageUrl({ url: ['', 'https://a/b.webp'] }); // 'https://a/b.webp'
 * firstImageUrl(undefined); // undefined
 * ```
 */
export function firstImageUrl(image: unknown): string | undefined {
  if (typeof image === 'string') return image === '' ? undefined : image;
  if (!isObj(image)) return undefined;
  return (
    firstString(image['urlList']) ??
    firstString(image['url']) ??
    firstString(image['mUrls']) ??
    firstString(image['imageUrl'])
  );
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (!Array.isArray(value)) return undefined;
  for (const item of value) {
    if (typeof item === 'string' && item !== '') return item;
  }
  return undefined;
}
