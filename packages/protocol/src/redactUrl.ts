/**
 * Query parameters whose values are secrets. Matched case-insensitively, in URLs
 * and in any text that embeds a URL (error messages from the WebSocket layer).
 */
const SECRET_PARAMS = ['apiKey', 'jwtKey', 'jwt', 'token', 'x-api-key', 'x-jwt-key'];

const SECRET_PARAM_PATTERN = new RegExp(
  `([?&](?:${SECRET_PARAMS.map((name) => name.replace(/[-]/g, '\\-')).join('|')})=)[^&#\\s"']*`,
  'gi',
);

const SECRET_NAMES: ReadonlySet<string> = new Set(SECRET_PARAMS.map((name) => name.toLowerCase()));
const ANY_PARAM_PATTERN = /([?&])([^=&#\s"']*%[^=&#\s"']*)=([^&#\s"']*)/g;

function redactEncodedName(match: string, separator: string, name: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return match;
  }
  return SECRET_NAMES.has(decoded.toLowerCase()) ? `${separator}${name}=${REDACTED}` : match;
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
  let out = text.replace(SECRET_PARAM_PATTERN, `$1${REDACTED}`);
  // A percent-encoded parameter name (`api%4Bey=`) is still that parameter to a server.
  if (out.includes('%')) out = out.replace(ANY_PARAM_PATTERN, redactEncodedName);
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}
