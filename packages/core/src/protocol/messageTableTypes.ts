/**
 * The types of the v2 → v3 table, written once here so that the generator
 * (packages/protocol-conformance) derives and encodes the table against the
 * same grammar core compiles it from (`messageSpecs.ts`).
 *
 * The generated `messageTable.ts` holds the table encoded: one string per
 * struct, its index in `STRUCTS` being its reference. A struct is a
 * comma-separated list of entries:
 * - `from>to`: rename v2 `from` to v3 `to`; `from^to`: the same, but only on
 *   objects that are certainly v2 (`to` is a name v3 uses for another field);
 * - `name`: a field with a converter and no rename;
 * - either one followed by `:converter`, the converter of the v3 field (`to`, or `name`).
 *
 * A converter is `s` (`str`), `n` (`num`), `l` (`strList`), a struct index
 * (`struct`), `*` + converter (`list`), `%` + converter (`values`), or
 * `@key/value/keyAs/of` (`entries`; `keyAs` and `of` are converters, possibly empty).
 */

/** A value conversion, as data; `Ref` names a struct (the derived id, or the decoded index). */
export type TableConverter<Ref = string> =
  | 'str'
  | 'num'
  | 'strList'
  | { readonly struct: Ref }
  | { readonly list: TableConverter<Ref> }
  | { readonly values: TableConverter<Ref> }
  | {
      readonly entries: { readonly key: string; readonly value: string; readonly keyAs?: TableConverter<Ref>; readonly of?: TableConverter<Ref> };
    };

/** One struct's rules: v2 → v3 renames, and converters keyed by v3 name. */
export interface TableStruct<Ref = string> {
  readonly rename: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, TableConverter<Ref>>>;
  /** Renamed v2 names that v3 uses for another field of the struct: renamed on objects that are certainly v2 only. */
  readonly collide?: readonly string[];
}

/** The structs core names for its structural specs (types the table does not cover). */
export type NamedStruct = 'CommonMessageData' | 'EmoteImage' | 'Image' | 'ImageModel' | 'Text' | 'User';
