/** A bad command line: printed as one message plus a usage hint, exit code 2 (never a stack trace). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
