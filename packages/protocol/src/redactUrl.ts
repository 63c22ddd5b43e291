/**
 * Query parameters whose values are secrets. Matched case-insensitively, in URLs
 * and in any text that embeds a URL (error messages from the WebSocket layer).
 */
const SECRET_PARAMS: ReadonlySet<string> = new Set(['apikey', 'jwtkey', 'jwt', 'token', 'x-api-key', 'x-jwt-key']);

/** `?name=value` / `&name=value`; a name never spans a `?`, so `?a?apiKey=` still finds `apiKey`. */
const PARAM = /([?&])([^=&#?\s"']+)=([^&#\s"']*)/g;

/** Whether a parameter name is a secret one; a percent-encoded name (`api%4Bey`) is still that name to a server. */
function isSecretParam(name: string): boolean {
  try {
    return SECRET_PARAMS.has(decodeURIComponent(name).toLowerCase());
  } catch {
    return SECRET_PARAMS.has(name.toLowerCase());
  }
}

/** Redacts the secret parameters' values; another parameter's value is searched too (it may hold `?apiKey=`). */
function redactParams(text: string): string {
  return text.replace(PARAM, (_, separator: string, name: string, value: string) => `${separator}${name}=${isSecretParam(name) ? REDACTED : redactParams(value)}`);
}

/** What a secret value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Replaces the values of secret query parameters (`apiKey`, `jwtKey`, …) with
 * `[redacted]` in a URL, or in any text that contains URLs. Optionally also
 * scrubs known secret values wherever they appear.
 *
 * @example
 * redactUrl('wss://ws.eulerstream.com?uniqueId=a&apiKey=sk_123') // 'wss://ws.eulerstream.com?uniqueId=a&apiKey=[redacted]'
 */
export function redactUrl(text: string, secrets: readonly string[] = []): string {
  let out = redactParams(text);
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}
