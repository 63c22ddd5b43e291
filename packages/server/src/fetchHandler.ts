/** What the platform knows about the request beyond the `Request` itself. */
export interface FetchHandlerContext {
  /**
   * The client's network address, for the per-client rate limit. `toNodeHandler` fills it in
   * from the socket; on other platforms pass it yourself (see the README's recipes).
   */
  readonly clientAddress?: string | undefined;
}

/** A Fetch-API request handler, as Next.js route handlers, Hono, Bun and Deno take them. */
export type FetchHandler = (request: Request, context?: FetchHandlerContext) => Promise<Response>;
