/**
 * Validation of `createLiveClient`'s options (TypeErrors at the API edge, in the one vocabulary of
 * `validation/optionChecks.ts`: each message names the option and says what to do) and the
 * connect URL. The defaults live in `defaults.ts`.
 */
import WebSocketImpl from 'isomorphic-ws';
import { FEATURE_FLAG_SPECS, PINNED_SCHEMA_VERSION, redactUrl, type FeatureFlags, type FeatureFlagSpec } from '@tiktok-live-rx/protocol';
import { DEFAULT_LIVE_CLIENT_OPTIONS as DEFAULTS, DEFAULT_WAIT_UNTIL_LIVE } from './defaults.js';
import { isServer, warnOnce } from './environment.js';
import type { FinalizeGiftStreaksConfig } from './operators/finalizeGiftStreaks.js';
import type { ReconnectConfig } from './operators/reconnectWithBackoff.js';
import type { WebSocketConstructor } from './transport/webSocketTransport.js';
import type { Credential, CredentialContext, LiveClientOptions, LiveClientSettings, LiveTotalsOptions, WaitUntilLiveOptions } from './types.js';
import { resolveGiftStreakLimits } from './validation/giftStreakLimits.js';
import { BOOLEAN, FUNCTION, MS, OBJECT, POSITIVE_MS, check, checkFields, integer, is, oneOf, range, type Rule } from './validation/optionChecks.js';
import { checkSessionTotals } from './validation/sessionTotalsConfig.js';

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

const WHERE = 'createLiveClient';

type WaitUntilLive = Exclude<ResolvedLiveClientOptions['waitUntilLive'], false>;

function fail(message: string): never {
  throw new TypeError(`${WHERE}: ${message}`);
}

/** {@link check} for a `createLiveClient` option. */
const option = <T>(field: string, value: unknown, rule: Rule, fallback?: T, advice?: string): T => check(WHERE, field, value, rule, fallback, advice);

/** `apiKey` / `jwt`: a secret, never repeated in a message. */
const CREDENTIAL: Rule = [
  (value) => typeof value === 'function' || (typeof value === 'string' && value.trim() !== ''),
  'a non-empty string or an async function ({ uniqueId }) => Promise<string>',
  true,
];

/** What each plain top-level option accepts (the defaults are in `DEFAULT_LIVE_CLIENT_OPTIONS`). */
const OPTION_RULES = {
  stallTimeoutMs: [(value) => value === false || MS[0](value), 'a non-negative number of milliseconds, or false'],
  connectTimeoutMs: POSITIVE_MS,
  disconnectGraceMs: MS,
  keepAliveMs: MS,
  recentChatLimit: integer(0),
  WebSocket: [FUNCTION[0], 'a WebSocket constructor (`ws` in Node, globalThis.WebSocket in browsers)'],
} satisfies { readonly [K in keyof LiveClientSettings]?: Rule };

/** What each `reconnect` field accepts (`scheduler` passes through). */
const RECONNECT_RULES: { readonly [K in Exclude<keyof ReconnectConfig, 'scheduler'>]-?: Rule } = {
  count: range(0, Infinity, 'a non-negative number (Infinity for no limit)'),
  delay: [(value) => typeof value === 'function' || MS[0](value), 'a non-negative number of milliseconds or a function (attempt, error) => ms'],
  baseDelay: MS,
  maxDelay: MS,
  coolDownDelay: MS,
  maxCoolDownDelay: MS,
  minUptime: MS,
  shouldReconnect: FUNCTION,
  onRetry: FUNCTION,
  random: FUNCTION,
};

/** What each `waitUntilLive` field accepts. */
const WAIT_UNTIL_LIVE_RULES: { readonly [K in keyof WaitUntilLiveOptions]-?: Rule } = {
  interval: POSITIVE_MS,
  rearmAfterEnd: BOOLEAN,
  probe: is('boolean function', 'true, false or an async function ({ uniqueId }) => Promise<boolean>'),
};

/** An option that takes `true`, `false` or a config object (`undefined` means `on`): the object, `{}` for `true`, or `false`. */
function toggle(field: string, value: unknown, on: boolean, expected: string): Record<string, unknown> | false {
  const given = value ?? on;
  return given === false ? false : given === true ? {} : option(field, given, [OBJECT[0], expected]);
}

const flagRule = (spec: FeatureFlagSpec): Rule =>
  spec.kind === 'boolean' ? BOOLEAN : spec.kind === 'number' ? range(spec.min, spec.max) : oneOf(spec.values);

function checkFeatures(value: unknown): FeatureFlags {
  const flags = option<object>('features', value, [OBJECT[0], 'an object of feature flags'], {}, 'For example { bundleEvents: true }.');
  const specs: Readonly<Record<string, FeatureFlagSpec>> = FEATURE_FLAG_SPECS;
  const out: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(flags)) {
    if (flag === undefined) continue;
    if (!Object.hasOwn(specs, name)) fail(`unknown feature flag "${name}". Known flags: ${Object.keys(specs).join(', ')}.`);
    out[name] = option(`features.${name}`, flag, flagRule(specs[name] as FeatureFlagSpec));
  }
  if (out['schemaVersion'] === 'v1') {
    fail(`features.schemaVersion 'v1' is not supported: the streams read the v2 (default) or v3 JSON schema. Leave it unset.`);
  }
  return out;
}

/** `url` / `restUrl`: an absolute URL of the scheme (or its TLS form), never carrying credentials. */
function checkUrl(field: 'url' | 'restUrl', value: unknown, scheme: 'ws' | 'http'): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    url = undefined;
  }
  if (url && (url.username || url.password || /[?&](apiKey|jwtKey|jwt)=/i.test(url.search))) {
    const where = url.username || url.password ? 'a user:password@ part; not repeated here' : redactUrl(String(value));
    fail(`${field} must not carry credentials (${where}); pass them as the apiKey or jwt option.`);
  }
  const ok = typeof value === 'string' && url !== undefined && [`${scheme}:`, `${scheme}s:`].includes(url.protocol);
  return option(field, value, [() => ok, `an absolute ${scheme}:// or ${scheme}s:// URL`], DEFAULTS[field]);
}

function checkDedupe(value: unknown): number {
  const config = toggle('dedupe', value, true, 'true, false or { window?: number }');
  const fallback = DEFAULTS.dedupe.window;
  return config === false
    ? 0
    : option('dedupe.window', config['window'], integer(1), fallback, `Omit it to use the default (${fallback}); pass dedupe: false to turn de-duplication off.`);
}

/** Validates `createLiveClient` options and applies the defaults. Throws a TypeError that says what to do. */
export function resolveLiveClientOptions(options: LiveClientOptions): ResolvedLiveClientOptions {
  const { apiKey, jwt } = OBJECT[0](options) ? options : ({} as Partial<LiveClientOptions>);
  if (apiKey === undefined && jwt === undefined) {
    fail('pass an options object with credentials: { apiKey } on a server, or { jwt: async ({ uniqueId }) => token } in a browser (mint short-lived JWTs on your backend).');
  }
  if (apiKey !== undefined && jwt !== undefined) {
    fail('pass either apiKey (servers) or jwt (browsers), not both.');
  }
  const credential = apiKey !== undefined ? option<Credential>('apiKey', apiKey, CREDENTIAL) : option<Credential>('jwt', jwt, CREDENTIAL);
  try {
    // Development only, in the form bundlers strip from production builds (message included);
    // without a bundler there is no `process` and no warning.
    if (process.env.NODE_ENV !== 'production' && apiKey !== undefined && !isServer()) {
      warnOnce(
        'apiKey-in-browser',
        'apiKey is used in a browser: anyone can read it from your bundle. Mint short-lived JWTs on your backend and pass { jwt: provider } instead.',
      );
    }
  } catch {
    // `process` is not defined: an unbundled browser.
  }
  // Settings of the features a chat-only app does not use are checked here too, with the same rules.
  const giftStreaks = option<FinalizeGiftStreaksConfig>('giftStreaks', options.giftStreaks, OBJECT, {});
  const streaks = resolveGiftStreakLimits(WHERE, giftStreaks, 'giftStreaks.');
  const totals = option<LiveTotalsOptions>('totals', options.totals, OBJECT, {});
  checkSessionTotals(WHERE, 'totals.', totals);
  const reconnect = toggle('reconnect', options.reconnect, true, 'true, false or a ReconnectConfig object');
  const wait = toggle('waitUntilLive', options.waitUntilLive, false, 'true, false or { interval?, rearmAfterEnd?, probe? }');

  const { disconnectGraceMs, keepAliveMs } = options;
  if (disconnectGraceMs !== undefined && keepAliveMs !== undefined && disconnectGraceMs !== keepAliveMs) {
    fail('pass disconnectGraceMs only (keepAliveMs is its deprecated alias), not both with different values.');
  }
  const checked = checkFields<Required<LiveClientSettings>>(WHERE, '', options, OPTION_RULES, {
    ...DEFAULTS,
    WebSocket: WebSocketImpl as unknown as WebSocketConstructor,
  });

  return {
    url: checkUrl('url', options.url, 'ws'),
    credentialParam: apiKey !== undefined ? 'apiKey' : 'jwtKey',
    credential,
    features: checkFeatures(options.features),
    reconnect: reconnect && checkFields<ReconnectConfig>(WHERE, 'reconnect.', reconnect, RECONNECT_RULES, DEFAULTS.reconnect),
    waitUntilLive: wait && checkFields<WaitUntilLive>(WHERE, 'waitUntilLive.', wait, WAIT_UNTIL_LIVE_RULES, DEFAULT_WAIT_UNTIL_LIVE),
    stallTimeoutMs: checked.stallTimeoutMs || 0,
    connectTimeoutMs: checked.connectTimeoutMs,
    disconnectGraceMs: disconnectGraceMs === undefined ? checked.keepAliveMs : checked.disconnectGraceMs,
    WebSocket: checked.WebSocket,
    restUrl: checkUrl('restUrl', options.restUrl, 'http'),
    recentChatLimit: checked.recentChatLimit,
    dedupeWindow: checkDedupe(options.dedupe),
    giftStreaks,
    totals: totals.streaks ? totals : { ...totals, streaks },
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
