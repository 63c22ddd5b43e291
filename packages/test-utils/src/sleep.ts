/** Resolves after `ms` (only to let something NOT happen; never to wait for something: use `waitFor`). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
