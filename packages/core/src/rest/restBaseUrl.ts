/** The default REST base URL (API-SDK 0.3.0; PROTOCOL.md §4.1). Its own file so the client's defaults do not pull in the REST helpers. */
export const DEFAULT_REST_BASE_URL = 'https://tiktok.eulerstream.com';
