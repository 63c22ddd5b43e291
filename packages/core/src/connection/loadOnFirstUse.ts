/**
 * Modules that load on first use (`import()`), so bundles put them in lazy chunks; once loaded,
 * a module is used synchronously. (`throughLazyOperator` runs an operator from such a module.)
 */

/** A module loaded once, on first use. */
export interface LazyModule<M> {
  /** The module, if loaded. */
  readonly loaded: M | undefined;
  /** Loads it (once). */
  load(): Promise<M>;
}

/** Wraps a dynamic import. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importer().then((module) => (loaded = module));
      return loading;
    },
  };
}
