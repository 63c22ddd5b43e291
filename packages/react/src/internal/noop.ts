/** Does nothing; a stable function identity for "no connection" cases. */
export function noop(): void {}
