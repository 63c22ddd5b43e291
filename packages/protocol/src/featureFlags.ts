/**
 * The service's `features.*` query flags (PROTOCOL.md §1.2, §1.4), as one table
 * both the client (to validate what users pass) and the simulator (to parse
 * what clients send) read.
 */

/** Feature flags a client may set. Only the flags a user sets are sent, plus the pinned schema version. */
export interface FeatureFlags {
  /** Several messages per frame, inside a bundle envelope. @default true */
  bundleEvents?: boolean;
  /** Binary pass-through of TikTok frames. Not supported by this library's streams. @default false */
  rawMessages?: boolean;
  /** Server strips URL / `@` forms from the uniqueId. @default true */
  normalizeUniqueId?: boolean;
  /** Emit `SyntheticJoinMessage` / `SyntheticLeaveMessage`. @default false */
  syntheticPresence?: boolean;
  /** Seconds of inactivity before a synthetic leave, 60–3600. @default 300 */
  syntheticPresenceLeaveAfter?: number;
  /** Seconds without TikTok messages before the server closes with 4006, 30–3600. @default 60 */
  closeInactiveWebSocketAfter?: number;
  /** Schema used to decode TikTok messages into JSON. @default 'v2' */
  schemaVersion?: 'v1' | 'v2' | 'v3';
  /** Also ship base64 protobuf next to the JSON. @default false */
  includeRawBytes?: boolean;
  /** Use the Enterprise sign infrastructure. @default false */
  useEnterpriseApi?: boolean;
  /** Upstream platform (newer servers). @default 'web' */
  webcastPlatform?: 'web' | 'mobile';
  /** Live transcription (newer servers). @default false */
  enableTranscription?: boolean;
}

/** How one flag is validated. */
export type FeatureFlagSpec =
  | { kind: 'boolean'; default: boolean }
  | { kind: 'number'; default: number; min: number; max: number }
  | { kind: 'enum'; default: string; values: readonly string[] };

const flag = (value: boolean): FeatureFlagSpec => ({ kind: 'boolean', default: value });
const number = (value: number, min: number, max: number): FeatureFlagSpec => ({ kind: 'number', default: value, min, max });
const oneOf = (value: string, values: readonly string[]): FeatureFlagSpec => ({ kind: 'enum', default: value, values });

/** Every known flag with its kind, default and range. */
export const FEATURE_FLAG_SPECS: { readonly [K in keyof Required<FeatureFlags>]: FeatureFlagSpec } = {
  bundleEvents: flag(true),
  rawMessages: flag(false),
  normalizeUniqueId: flag(true),
  syntheticPresence: flag(false),
  syntheticPresenceLeaveAfter: number(300, 60, 3600),
  closeInactiveWebSocketAfter: number(60, 30, 3600),
  schemaVersion: oneOf('v2', ['v1', 'v2', 'v3']),
  includeRawBytes: flag(false),
  useEnterpriseApi: flag(false),
  webcastPlatform: oneOf('web', ['web', 'mobile']),
  enableTranscription: flag(false),
};

/** The only boolean literals the service accepts in the query string. */
export const BOOLEAN_LITERALS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
};

/**
 * Checks one flag value given as a query-string literal.
 * Returns the parsed value, or an error message saying what is accepted.
 */
export function parseFeatureFlag(
  name: string,
  raw: string,
): { ok: true; value: boolean | number | string } | { ok: false; message: string } {
  const spec = (FEATURE_FLAG_SPECS as Record<string, FeatureFlagSpec | undefined>)[name];
  if (!spec) return { ok: false, message: `unknown feature flag "${name}"` };
  switch (spec.kind) {
    case 'boolean': {
      const value = BOOLEAN_LITERALS[raw];
      return value === undefined
        ? { ok: false, message: `features.${name} must be one of true, false, 1, 0` }
        : { ok: true, value };
    }
    case 'number': {
      const value = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(value) && value >= spec.min && value <= spec.max
        ? { ok: true, value }
        : { ok: false, message: `features.${name} must be a number from ${spec.min} to ${spec.max}` };
    }
    case 'enum':
      return spec.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `features.${name} must be one of ${spec.values.join(', ')}` };
  }
}
