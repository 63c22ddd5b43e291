/**
 * Reads a protobuf schema back out of ts-proto generated code: both schemas we
 * compare ship as ts-proto `encode`/`decode` objects without descriptors, and
 * their `decode` methods name every field's number, JSON name and wire reader
 * in one uniform pattern (`case N: … message.name = reader.int64()…`).
 *
 * Used by the differential test and the table generator only (dev time).
 */
import { readFileSync } from 'node:fs';

/** The reader a scalar field is decoded with (`int32` also stands for enums). */
export type ScalarType =
  | 'string'
  | 'bytes'
  | 'bool'
  | 'int32'
  | 'uint32'
  | 'sint32'
  | 'int64'
  | 'uint64'
  | 'sint64'
  | 'fixed32'
  | 'sfixed32'
  | 'fixed64'
  | 'sfixed64'
  | 'double'
  | 'float';

/** One field of a message, as its `decode` reads it. */
export interface FieldInfo {
  readonly no: number;
  /** The JSON (object) name. */
  readonly name: string;
  readonly kind: 'scalar' | 'message' | 'map';
  readonly scalar: ScalarType | undefined;
  /** The codec name of a message field, or of a map field's entry message. */
  readonly message: string | undefined;
  readonly repeated: boolean;
}

/** One message type: its codec name and fields by number. */
export interface MessageInfo {
  readonly name: string;
  readonly fields: readonly FieldInfo[];
  readonly byNo: ReadonlyMap<number, FieldInfo>;
}

/** Every message type of one generated file, keyed by codec identifier. */
export type Schema = ReadonlyMap<string, MessageInfo>;

const SCALARS = new Set<string>([
  'string', 'bytes', 'bool', 'int32', 'uint32', 'sint32', 'int64', 'uint64', 'sint64',
  'fixed32', 'sfixed32', 'fixed64', 'sfixed64', 'double', 'float',
]);

/** `exports.FooDecoder = {` (CommonJS, Euler's SDK) or `const Foo = {` (ESM bundle, tiktok-live-proto). */
const CODEC_START = /^(?:exports\.|const )([\w$]+) = \{\s*\n\s*encode\(/gm;
const CASE = /case (\d+):/g;
const REF = String.raw`(?:exports\.)?([\w$]+)\.decode\(reader`;
const MAP_FIELD = new RegExp(String.raw`const entry\d+ = ${REF}[\s\S]*?message\.([\w$]+)\[entry\d+\.key\]`);
const LIST_MESSAGE = new RegExp(String.raw`message\.([\w$]+)\.push\(${REF}`);
const LIST_SCALAR = /message\.([\w$]+)\.push\((?:Buffer\.from\()?reader\.(\w+)\(/;
const ONE_MESSAGE = new RegExp(String.raw`message\.([\w$]+) =\s*${REF}`);
const ONE_SCALAR = /message\.([\w$]+) =\s*(?:Buffer\.from\()?reader\.(\w+)\(/;

/** Parses every codec of a ts-proto generated JavaScript file. */
export function parseSchema(file: string): Schema {
  const source = readFileSync(file, 'utf8');
  const starts = [...source.matchAll(CODEC_START)];
  const schema = new Map<string, MessageInfo>();
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const body = source.slice(start.index, i + 1 < starts.length ? starts[i + 1]!.index : source.length);
    const decodeAt = body.indexOf('decode(input, length)');
    if (decodeAt < 0) continue;
    const decode = body.slice(decodeAt);
    const fields: FieldInfo[] = [];
    const cases = [...decode.matchAll(CASE)];
    for (let c = 0; c < cases.length; c++) {
      const text = decode.slice(cases[c]!.index, c + 1 < cases.length ? cases[c + 1]!.index : undefined);
      const field = parseCase(Number(cases[c]![1]), text);
      if (field === undefined) throw new Error(`${file}: cannot read ${start[1]} field ${cases[c]![1]}`);
      fields.push(field);
    }
    schema.set(start[1]!, { name: start[1]!, fields, byNo: new Map(fields.map((f) => [f.no, f])) });
  }
  return schema;
}

function parseCase(no: number, text: string): FieldInfo | undefined {
  let m: RegExpMatchArray | null;
  if ((m = MAP_FIELD.exec(text))) return field(no, m[2]!, 'map', undefined, m[1], true);
  if ((m = LIST_MESSAGE.exec(text))) return field(no, m[1]!, 'message', undefined, m[2], true);
  if ((m = LIST_SCALAR.exec(text))) return field(no, m[1]!, 'scalar', scalar(m[2]!), undefined, true);
  if ((m = ONE_MESSAGE.exec(text))) return field(no, m[1]!, 'message', undefined, m[2], false);
  if ((m = ONE_SCALAR.exec(text))) return field(no, m[1]!, 'scalar', scalar(m[2]!), undefined, false);
  return undefined;
}

function scalar(reader: string): ScalarType {
  if (!SCALARS.has(reader)) throw new Error(`unknown reader ${reader}`);
  return reader as ScalarType;
}

function field(
  no: number,
  name: string,
  kind: FieldInfo['kind'],
  scalarType: ScalarType | undefined,
  message: string | undefined,
  repeated: boolean,
): FieldInfo {
  return { no, name, kind, scalar: scalarType, message, repeated };
}

/** Varint integers read the same bytes as the same value (zig-zag and bool excepted). */
const PLAIN_INTS = new Set<ScalarType>(['int32', 'uint32', 'int64', 'uint64']);
/** Integers whose JSON form is a decimal string in ts-proto (forceLong=string). */
export const is64 = (t: ScalarType): boolean => t === 'int64' || t === 'uint64' || t === 'sint64' || t === 'fixed64' || t === 'sfixed64';

/**
 * Whether two scalars carry the same value for the same bytes, up to the JSON
 * type (decimal string for 64-bit, number for 32-bit): same reader, or two
 * plain varint integers. `bool` vs an integer, `string` vs `bytes` and zig-zag
 * vs plain readings are not compared.
 */
export function compatibleScalars(a: ScalarType, b: ScalarType): boolean {
  return a === b || (PLAIN_INTS.has(a) && PLAIN_INTS.has(b));
}

/**
 * Whether a v2 field and a v3 field with the same number carry the same data:
 * same kind (a map pairs with a repeated entry message), same repetition
 * (a singular string may become a one-element list), compatible scalars.
 */
export function compatibleFields(v2: FieldInfo, v3: FieldInfo): boolean {
  if (v2.kind === 'scalar' && v3.kind === 'scalar') {
    if (!compatibleScalars(v2.scalar!, v3.scalar!)) return false;
    return v2.repeated === v3.repeated || (!v2.repeated && v3.repeated && v2.scalar === 'string');
  }
  if (v2.kind === 'scalar' || v3.kind === 'scalar') return false;
  // message / map on both sides: a map is a repeated entry message on the wire.
  return v2.repeated === v3.repeated;
}

/**
 * Whether a v2 field, given random content, can be read by the v3 decoder
 * without error. Different wire types are skipped by the decoder, a string or
 * bytes reader accepts any bytes, but a message reader given a v2 string,
 * bytes or packed list would parse random bytes as protobuf.
 */
export function safeToGenerate(v2: FieldInfo, v3: FieldInfo | undefined): boolean {
  if (v3 === undefined || v3.kind === 'scalar') return true;
  // v3 reads a message here: only a v2 message (or map entry) hands it protobuf bytes.
  return v2.kind !== 'scalar';
}
