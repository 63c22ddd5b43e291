/** A tree mounted into its own container by {@link createTestView}. */
export interface TestView {
  /** The `<div>` the tree is mounted into (in `document.body` until unmounted). */
  readonly container: HTMLElement;
  /** Unmounts the tree and removes its container (again: no-op). */
  unmount(): void;
  /** `textContent` of `[data-testid=…]`, or `undefined` when absent. */
  text(testId: string): string | undefined;
}

/**
 * Appends a fresh container to `document.body` (a DOM environment such as happy-dom),
 * lets `render` mount a UI tree into it, and returns the view. `render` returns the
 * framework's unmount, which `unmount()` calls once before removing the container.
 *
 * @example
 * const view = createTestView((container) => {
 *   const app = createApp(Component);
 *   app.mount(container);
 *   return () => app.unmount();
 * });
 */
export function createTestView(render: (container: HTMLElement) => () => void): TestView {
  const container = document.createElement('div');
  document.body.append(container);
  const teardown = render(container);
  let mounted = true;
  return {
    container,
    unmount: () => {
      if (!mounted) return;
      mounted = false;
      teardown();
      container.remove();
    },
    text: (testId) => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? undefined,
  };
}
