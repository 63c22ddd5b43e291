/** Which service the page talks to. */
export type LiveService = 'simulator' | 'euler-stream';

/** What `GET /api/live-config` answers. Public: nothing in it is a secret. */
export interface LiveConfig {
  /** The WebSocket endpoint the page connects to (with a JWT as `jwtKey`). */
  readonly wsUrl: string;
  /** `'simulator'` (embedded, the default) or `'euler-stream'` (the real service). */
  readonly service: LiveService;
  /** Creators to offer as quick picks; the first is watched when the page opens. */
  readonly creators: readonly string[];
}
