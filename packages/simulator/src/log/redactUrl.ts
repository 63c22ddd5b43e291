/** Query keys whose values never reach a log line. */
const SECRET_KEYS = ['apiKey', 'jwtKey', 'apikey', 'jwtkey'];

/**
 * Replaces credential values in a URL or path with `***`.
 * @example
 * redactUrl('/?uniqueId=a&apiKey=secret'); // '/?uniqueId=a&apiKey=***'
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&])([^=&#]+)=([^&#]*)/g, (match, sep: string, key: string) => {
    let decoded = key;
    try {
      decoded = decodeURIComponent(key);
    } catch {
      // keep the raw key
    }
    return SECRET_KEYS.includes(decoded) ? `${sep}${key}=***` : match;
  });
}
