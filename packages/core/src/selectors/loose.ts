/**
 * `Loose<T>`: `T` with every field optional and nullable, recursively. The
 * selectors accept this so they work on normalised events (whose v3-only
 * fields may be absent), on hand-built objects in tests, and on full TLC types.
 */
export type Loose<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends Uint8Array
    ? T
    : T extends readonly (infer E)[]
      ? ReadonlyArray<Loose<E>>
      : T extends object
        ? { readonly [K in keyof T]?: Loose<T[K]> | null }
        : T;
