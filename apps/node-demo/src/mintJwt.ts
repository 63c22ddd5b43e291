/**
 * The backend half of the browser flow: your server holds the API key and
 * mints a short-lived JWT per connection (`POST /accounts/:accountId/jwt/create`),
 * scoped to the creators the page may watch. The page only ever sees the JWT.
 */
export interface JwtMinterOptions {
  /** REST base URL: the simulator's `httpUrl`, or `https://tiktok.eulerstream.com`. */
  restUrl: string;
  /** Your Euler account id. */
  accountId: number;
  /** Your API key. Stays on the server. */
  apiKey: string;
  /** Token lifetime in seconds (Euler recommends ≤ 60, one token per connection). */
  expireAfter?: number;
}

/** Returns a provider `({ uniqueId }) => Promise<jwt>` that mints one token per connect attempt. */
export function createJwtMinter(options: JwtMinterOptions): (ctx: { uniqueId: string }) => Promise<string> {
  const { restUrl, accountId, apiKey, expireAfter = 60 } = options;
  return async ({ uniqueId }) => {
    const response = await fetch(`${restUrl}/accounts/${accountId}/jwt/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({
        expireAfter,
        websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 },
        name: 'node-demo',
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { code?: number; token?: string; message?: string };
    if (!response.ok || typeof body.token !== 'string') {
      // Never echo the key: only the status and the service's message.
      throw new Error(`could not mint a JWT: HTTP ${response.status} ${body.message ?? ''}`.trim());
    }
    return body.token;
  };
}
