/**
 * Defaults, validation (TypeErrors at the API edge, messages say what to do)
 * and the connect URL of `createLiveClient`.
 */
import WebSocketImpl from 'isomorphic-ws';
import {
  FEATURE_FLAG_SPECS,
  PINNED_SCHEMA_VERSION,
  redactUrl,
  type FeatureFlags,
  type FeatureFlagSpec,
} from '@tiktok-live-rx/protocol';
import { isServer, warnOnce } from './environment.js';
import type { FinalizeGiftStreaksConfig } from './operators/finalizeGiftStreaks.js';
import { RECONNECT_DEFAULTS, type ReconnectConfig } from './operators/reconnectWithBackoff.js';
import type { SessionTotalsConfig } from './operators/sessionTotals.js';
import { DEFAULT_GIFT_STREAK_LIMITS, resolveGiftStreakOperatorConfig } from './validation/giftStreakLimits.js';
import { invalidOption } from './validation/optionChecks.js';
import { DEFAULT_MAX_USERS, DEFAULT_TOP_N, resolveSessionTotalsConfig } from './validation/sessionTotalsConfig.js';
import { DEFAULT_REST_BASE_URL } from './rest/restBaseUrl.js';
import { DEFAULT_WAIT_INTERVAL_MS } from './operators/waitUntilLive.js';
import type { WebSocketConstructor } from './transport/webSocketTransport.js';
import type { Credential, CredentialContext, LiveClientOptions, LiveClientSettings, LiveTotalsOptions, WaitUntilLiveOptions } from './types.js';

/**
 * Every default of {@link LiveClientOptions} in one place, nested ones included (`reconnect`'s
 * backoff, the streak limits, the totals' sizes; `waitUntilLive`'s in {@link DEFAULT_WAIT_UNTIL_LIVE}).
 * The operators that own a default export it and this object reads it from them.
 */
export const DEFAULT_LIVE_CLIENT_OPTIONS = {
  url: 'wss://ws.eulerstream.com',
  features: {},
  reconnect: RECONNECT_DEFAULTS,
  waitUntilLive: false,
  stallTimeoutMs: 90_000,
  connectTimeoutMs: 15_000,
  disconnectGraceMs: 1000,
  keepAliveMs: 1000,
  restUrl: DEFAULT_REST_BASE_URL,
  recentChatLimit: 50,
  dedupe: { window: 2000 },
  giftStreaks: DEFAULT_GIFT_STREAK_LIMITS,
  totals: { topN: DEFAULT_TOP_N, maxUsers: DEFAULT_MAX_USERS },
} as const satisfies Omit<Required<LiveClientSettings>, 'WebSocket'>;

/** Defaults of the `waitUntilLive` settings once it is on (from the operator that owns them). */
export const DEFAULT_WAIT_UNTIL_LIVE = Object.freeze({ interval: DEFAULT_WAIT_INTERVAL_MS, rearmAfterEnd: true, probe: false });

/** Options after validation, with defaults applied. */
export interface ResolvedLiveClientOptions {
  url: string;
  /** The query parameter the credential travels in. */
  credentialParam: 'apiKey' | 'jwtKey';
  credential: Credential;
  /** Only the flags the user set. */
  features: FeatureFlags;
  reconnect: ReconnectConfig | false;
  waitUntilLive: Required<Pick<WaitUntilLiveOptions, 'interval' | 'rearmAfterEnd'>> & {
    probe: false | ((ctx: CredentialContext) => Promise<boolean>) | true;
  } | false;
  stallTimeoutMs: number;
  connectTimeoutMs: number;
  /** Grace period before an unused socket is closed (`disconnectGraceMs`, alias `keepAliveMs`). */
  disconnectGraceMs: number;
  WebSocket: WebSocketConstructor;
  restUrl: string;
  recentChatLimit: number;
  /** Remembered msgIds for de-duplication; 0 turns it off. */
  dedupeWindow: number;
  /** Settings of `giftFinal$` / `giftStreak$`. */
  giftStreaks: FinalizeGiftStreaksConfig;
  /** Settings of `totals$` (`streaks` filled from `giftStreaks`; `emitInitial` not set here). */
  totals: LiveTotalsOptions;
}

/** Default `dedupe.window`. */
export const DEFAULT_DEDUPE_WINDOW = DEFAULT_LIVE_CLIENT_OPTIONS.dedupe.window;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(message: string): never {
  throw new TypeError(`createLiveClient: ${message}`);
}

/** Throws the one-shape option error (`createLiveClient: <field> must be <expected>; got <value>. <advice>`). */
function invalid(field: string, expected: string, value: unknown, advice = '', secret = false): never {
  throw invalidOption('createLiveClient', field, expected, value, advice, { secret });
}

function checkCredential(name: 'apiKey' | 'jwt', value: unknown): Credential {
  if (typeof value === 'function') return value as Credential;
  if (typeof value === 'string' && value.trim() !== '') return value;
  return invalid(name, 'a non-empty string or an async function ({ uniqueId }) => Promise<string>', value, '', true);
}

function checkMs(name: string, value: unknown, fallback: number, { allowZero = true } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    return invalid(name, `a ${allowZero ? 'non-negative' : 'positive'} number of milliseconds`, value, `Omit it to use the default (${fallback}).`);
  }
  return value;
}

function checkHttpUrl(name: string, value: unknown, protocols: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  let parsed: URL | undefined;
  try {
    parsed = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !protocols.includes(parsed.protocol)) {
    return invalid(name, `an absolute ${protocols.map((p) => `${p}//`).join(' or ')} URL`, value);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return fail(`${name} must not carry credentials (a user:password@ part; not repeated here); pass them as the apiKey or jwt option.`);
  }
  if (/[?&](apiKey|jwtKey|jwt)=/i.test(parsed.search)) {
    return fail(`${name} must not carry credentials (${redactUrl(String(value))}); pass them as the apiKey or jwt option.`);
  }
  return String(value);
}

function checkFeature(name: string, value: unknown, spec: FeatureFlagSpec): void {
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') invalid(`features.${name}`, 'true or false', value);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
        invalid(`features.${name}`, `a number from ${spec.min} to ${spec.max}`, value);
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        invalid(`features.${name}`, `one of ${spec.values.map((v) => `'${v}'`).join(', ')}`, value);
      }
      return;
  }
}

function checkFeatures(value: unknown): FeatureFlags {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return invalid('features', 'an object of feature flags', value, 'For example { bundleEvents: true }.');
  const specs = FEATURE_FLAG_SPECS as Readonly<Record<string, FeatureFlagSpec | undefined>>;
  const out: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(value)) {
    if (flag === undefined) continue;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined) fail(`unknown feature flag "${name}". Known flags: ${Object.keys(specs).join(', ')}.`);
    checkFeature(name, flag, spec);
    out[name] = flag;
  }
  if (out['schemaVersion'] === 'v1') {
    fail(`features.schemaVersion 'v1' is not supported: the streams read the v2 (default) or v3 JSON schema. Leave it unset.`);
  }
  return out as FeatureFlags;
}

function checkReconnect(value: unknown): ReconnectConfig | false {
  if (value === undefined || value === true) return {};
  if (value === false) return false;
  if (!isPlainObject(value)) return invalid('reconnect', 'true, false or a ReconnectConfig object', value);
  const config = value as ReconnectConfig;
  if (config.count !== undefined && (typeof config.count !== 'number' || Number.isNaN(config.count) || config.count < 0)) {
    invalid('reconnect.count', 'a non-negative number (Infinity for no limit)', config.count);
  }
  if (config.delay !== undefined && typeof config.delay !== 'function') checkMs('reconnect.delay', config.delay, 0);
  for (const key of ['baseDelay', 'maxDelay', 'coolDownDelay', 'maxCoolDownDelay', 'minUptime'] as const) {
    checkMs(`reconnect.${key}`, config[key], 0);
  }
  for (const key of ['shouldReconnect', 'onRetry', 'random'] as const) {
    if (config[key] !== undefined && typeof config[key] !== 'function') invalid(`reconnect.${key}`, 'a function', config[key]);
  }
  return config;
}

function checkWaitUntilLive(value: unknown): ResolvedLiveClientOptions['waitUntilLive'] {
  if (value === undefined || value === false) return false;
  const config: WaitUntilLiveOptions = value === true ? {} : isPlainObject(value) ? value : invalid('waitUntilLive', 'true, false or { interval?, rearmAfterEnd?, probe? }', value);
  const probe = config.probe ?? false;
  if (typeof probe !== 'boolean' && typeof probe !== 'function') {
    invalid('waitUntilLive.probe', 'true, false or an async function ({ uniqueId }) => Promise<boolean>', probe);
  }
  if (config.rearmAfterEnd !== undefined && typeof config.rearmAfterEnd !== 'boolean') invalid('waitUntilLive.rearmAfterEnd', 'true or false', config.rearmAfterEnd);
  return {
    interval: checkMs('waitUntilLive.interval', config.interval, DEFAULT_WAIT_UNTIL_LIVE.interval, { allowZero: false }),
    rearmAfterEnd: config.rearmAfterEnd ?? DEFAULT_WAIT_UNTIL_LIVE.rearmAfterEnd,
    probe,
  };
}

function checkDedupe(value: unknown): number {
  if (value === undefined || value === true) return DEFAULT_DEDUPE_WINDOW;
  if (value === false) return 0;
  if (!isPlainObject(value)) return invalid('dedupe', 'true, false or { window?: number }', value);
  const window = value['window'];
  if (window === undefined) return DEFAULT_DEDUPE_WINDOW;
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1) {
    return invalid('dedupe.window', 'an integer >= 1 (remembered msgIds)', window, `Omit it to use the default (${DEFAULT_DEDUPE_WINDOW}); pass dedupe: false to turn de-duplication off.`);
  }
  return window;
}

/** Validates an operator config with the operator's own validation; its TypeError is re-worded for this option. */
function checkOperatorConfig<T>(name: string, value: unknown, build: (config: T) => unknown): T {
  if (value === undefined) return {} as T;
  if (!isPlainObject(value)) return invalid(name, 'an object', value, `See the ${name} option docs.`);
  try {
    build(value as T);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // `sessionTotals: topN must be …` → `createLiveClient: totals.topN must be …` (same vocabulary, full path).
    const detail = message.replace(/^\w+: /, '');
    fail(/^[\w.]+ must be /.test(detail) ? `${name}.${detail}` : `${name}: ${detail}`);
  }
  return value as T;
}

function checkTotals(value: unknown, giftStreaks: FinalizeGiftStreaksConfig): LiveTotalsOptions {
  const totals = checkOperatorConfig<SessionTotalsConfig>('totals', value, resolveSessionTotalsConfig);
  if (totals.streaks !== undefined) return totals;
  const { timeoutMs, maxPending, maxFinalized } = giftStreaks;
  return { ...totals, streaks: { timeoutMs, maxPending, maxFinalized } };
}

function checkGrace(options: LiveClientSettings): number {
  const { disconnectGraceMs, keepAliveMs } = options;
  if (disconnectGraceMs !== undefined && keepAliveMs !== undefined && disconnectGraceMs !== keepAliveMs) {
    fail('pass disconnectGraceMs only (keepAliveMs is its deprecated alias), not both with different values.');
  }
  if (disconnectGraceMs !== undefined) return checkMs('disconnectGraceMs', disconnectGraceMs, DEFAULT_LIVE_CLIENT_OPTIONS.disconnectGraceMs);
  return checkMs('keepAliveMs', keepAliveMs, DEFAULT_LIVE_CLIENT_OPTIONS.disconnectGraceMs);
}

/** Validates `createLiveClient` options and applies the defaults. Throws a TypeError that says what to do. */
export function resolveLiveClientOptions(options: LiveClientOptions): ResolvedLiveClientOptions {
  if (!isPlainObject(options as unknown)) {
    fail('pass an options object, e.g. createLiveClient({ apiKey: process.env.EULER_API_KEY }) on a server or createLiveClient({ jwt: fetchJwt }) in a browser.');
  }
  const { apiKey, jwt } = options;
  if (apiKey !== undefined && jwt !== undefined) {
    fail('pass either apiKey (servers) or jwt (browsers), not both.');
  }
  if (apiKey === undefined && jwt === undefined) {
    fail(
      'credentials are missing: pass { apiKey } on a server, or { jwt: async ({ uniqueId }) => token } in a browser (mint short-lived JWTs on your backend).',
    );
  }
  const credentialParam = apiKey !== undefined ? 'apiKey' : 'jwtKey';
  const credential = apiKey !== undefined ? checkCredential('apiKey', apiKey) : checkCredential('jwt', jwt);
  if (apiKey !== undefined && !isServer()) {
    warnOnce(
      'apiKey-in-browser',
      'apiKey is used in a browser: anyone can read it from your bundle. Mint short-lived JWTs on your backend and pass { jwt: provider } instead.',
    );
  }

  const WebSocket = options.WebSocket ?? (WebSocketImpl as unknown as WebSocketConstructor);
  if (typeof (WebSocket as unknown) !== 'function') invalid('WebSocket', 'a WebSocket constructor', WebSocket, 'Pass `ws` in Node or globalThis.WebSocket.');

  const stall = options.stallTimeoutMs;
  const stallTimeoutMs = stall === false ? 0 : checkMs('stallTimeoutMs', stall, DEFAULT_LIVE_CLIENT_OPTIONS.stallTimeoutMs);
  const recentChatLimit: unknown = options.recentChatLimit ?? DEFAULT_LIVE_CLIENT_OPTIONS.recentChatLimit;
  if (typeof recentChatLimit !== 'number' || !Number.isInteger(recentChatLimit) || recentChatLimit < 0) {
    invalid('recentChatLimit', 'a non-negative integer', recentChatLimit, `Omit it to use the default (${DEFAULT_LIVE_CLIENT_OPTIONS.recentChatLimit}).`);
  }
  const giftStreaks = checkOperatorConfig<FinalizeGiftStreaksConfig>('giftStreaks', options.giftStreaks, (config) => resolveGiftStreakOperatorConfig('finalizeGiftStreaks', config));

  return {
    url: checkHttpUrl('url', options.url, ['ws:', 'wss:'], DEFAULT_LIVE_CLIENT_OPTIONS.url),
    credentialParam,
    credential,
    features: checkFeatures(options.features),
    reconnect: checkReconnect(options.reconnect),
    waitUntilLive: checkWaitUntilLive(options.waitUntilLive),
    stallTimeoutMs,
    connectTimeoutMs: checkMs('connectTimeoutMs', options.connectTimeoutMs, DEFAULT_LIVE_CLIENT_OPTIONS.connectTimeoutMs, { allowZero: false }),
    disconnectGraceMs: checkGrace(options),
    WebSocket,
    restUrl: checkHttpUrl('restUrl', options.restUrl, ['http:', 'https:'], DEFAULT_LIVE_CLIENT_OPTIONS.restUrl),
    recentChatLimit,
    dedupeWindow: checkDedupe(options.dedupe),
    giftStreaks,
    totals: checkTotals(options.totals, giftStreaks),
  };
}

/**
 * The connect URL (PROTOCOL.md §1.2–1.3): `uniqueId`, the credential (never a
 * `null` placeholder for the absent one), the flags the user set, and the pinned
 * `features.schemaVersion`.
 */
export function buildConnectUrl(
  base: string,
  uniqueId: string,
  credentialParam: 'apiKey' | 'jwtKey',
  credential: string,
  features: FeatureFlags,
): string {
  const params = new URLSearchParams();
  params.set('uniqueId', uniqueId);
  params.set(credentialParam, credential);
  for (const [name, value] of Object.entries(features)) {
    if (value !== undefined) params.set(`features.${name}`, String(value));
  }
  if (features.schemaVersion === undefined) params.set('features.schemaVersion', PINNED_SCHEMA_VERSION);
  return `${base}${base.includes('?') ? '&' : '?'}${params.toString()}`;
}
