/** What Vitest hands a builder fixture as its second argument (only the part used here). */
interface FixtureHooks {
  onCleanup(cleanup: () => unknown): void;
}

/**
 * A Vitest fixture (for `test.extend('mount', mountFixture(mount))`) that hands tests `mount`
 * itself, and unmounts every view it mounted when the test ends. Declared after `sim` and
 * `client`, it is torn down before them: views unmount, then the client and the simulator
 * close.
 */
export function mountFixture<A extends unknown[], V extends { unmount(): void }>(
  mount: (...args: A) => V,
): (context: object, hooks: FixtureHooks) => (...args: A) => V {
  // Vitest reads the fixture's dependencies from its source: the first parameter must be
  // an object pattern, even an empty one.
  return ({}, { onCleanup }) => {
    const views: V[] = [];
    onCleanup(() => {
      for (const view of views) view.unmount();
    });
    return (...args) => {
      const view = mount(...args);
      views.push(view);
      return view;
    };
  };
}
