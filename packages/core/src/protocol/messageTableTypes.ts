/**
 * The types of the v2 → v3 table (`messageTable.ts`, generated): written once
 * here, so the generator (packages/protocol-conformance) builds the table
 * against the same types `messageSpecs.ts` compiles it with.
 */

/** A value conversion, as data. */
export type TableConverter =
  | 'str'
  | 'num'
  | 'strList'
  | { readonly struct: string }
  | { readonly list: TableConverter }
  | { readonly values: TableConverter }
  | { readonly entries: { readonly key: string; readonly value: string; readonly keyAs?: TableConverter; readonly of?: TableConverter } };

/** One struct's rules: v2 → v3 renames, and converters keyed by v3 name. */
export interface TableStruct {
  readonly rename: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, TableConverter>>;
  /** Renamed v2 names that v3 uses for another field of the struct: renamed on objects that are certainly v2 only. */
  readonly collide?: readonly string[];
}
