/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** What is awaited, for the timeout message. @default 'condition' */
  what?: string;
  /** Give up after this many milliseconds. @default 5000 */
  timeout?: number;
  /** Poll every this many milliseconds. @default 10 */
  interval?: number;
}

/**
 * Polls `condition` until it holds (bounded: throws after `timeout`). A string is the
 * `what` shorthand: `waitFor(() => ready, 'ready')`.
 *
 * @example
 * await waitFor(() => openSockets(sim, 'silent_creator') === 0, { what: 'socket closed', timeout: 2000 });
 */
export async function waitFor(condition: () => boolean, options: string | WaitForOptions = {}): Promise<void> {
  const { what = 'condition', timeout = 5000, interval = 10 } = typeof options === 'string' ? { what: options } : options;
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
