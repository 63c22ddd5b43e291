/**
 * Every name the relay uses in NATS, derived from one prefix, and the creator-id
 * encoding for subjects and KV keys.
 *
 * Encoding: a TikTok handle may contain `.`, which separates NATS subject tokens. Every
 * character outside `[A-Za-z0-9_-]` becomes `=` followed by two upper-case hex digits per
 * UTF-8 byte, so `tv.asahi_news` is `tv=2Easahi_news`. The result is a single subject
 * token and a valid KV key; it is reversible ({@link decodeCreator}) and never contains
 * `.`, `*`, `>` or whitespace.
 */

/** The default subject prefix. @default 'tlrx' */
export const DEFAULT_RELAY_PREFIX = 'tlrx';

const SAFE = /^[A-Za-z0-9_-]$/;
const PREFIX = /^[A-Za-z0-9_-]{1,32}$/;

/** Encodes a (normalised) creator handle as one subject token / KV key. */
export function encodeCreator(uniqueId: string): string {
  let out = '';
  for (const ch of uniqueId) {
    if (SAFE.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of new TextEncoder().encode(ch)) out += `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Reverses {@link encodeCreator}. */
export function decodeCreator(token: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    if (ch === '=') {
      bytes.push(Number.parseInt(token.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(ch.charCodeAt(0));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The NATS names of one relay (one prefix). */
export interface RelayNames {
  /** The subject prefix, e.g. `tlrx`. */
  readonly prefix: string;
  /** Stream of every event (de-duplicated by `Nats-Msg-Id`): subjects `<prefix>.ev.<creator>.<type>`. */
  readonly eventStream: string;
  /** Stream of latest values (one message per subject): `<prefix>.last.<creator>.<state|room|totals>`. */
  readonly latestStream: string;
  /** KV bucket of the desired creators (key: encoded creator). */
  readonly desiredBucket: string;
  /** KV bucket of leases (key: encoded creator; value: owner, expiry). */
  readonly leaseBucket: string;
  /** KV bucket of worker heartbeats (key: worker id). */
  readonly workerBucket: string;
  /** Subject of one event of a creator. */
  eventSubject(uniqueId: string, type: string): string;
  /** Filter for every event of a creator. */
  eventFilter(uniqueId: string): string;
  /** Subject of a latest value of a creator. */
  latestSubject(uniqueId: string, kind: LatestKind): string;
  /** Filter for every latest value of a creator. */
  latestFilter(uniqueId: string): string;
}

/** The latest-value kinds a worker publishes per creator. */
export type LatestKind = 'state' | 'room' | 'totals';

/** The names for a prefix; throws a `TypeError` for a prefix that is not 1–32 of `[A-Za-z0-9_-]`. */
export function relayNames(prefix: string = DEFAULT_RELAY_PREFIX): RelayNames {
  if (!PREFIX.test(prefix)) throw new TypeError(`relay prefix must be 1-32 characters of [A-Za-z0-9_-], got ${JSON.stringify(prefix)}`);
  const upper = prefix.toUpperCase();
  return {
    prefix,
    eventStream: `${upper}_EVENTS`,
    latestStream: `${upper}_LATEST`,
    desiredBucket: `${prefix}_desired`,
    leaseBucket: `${prefix}_leases`,
    workerBucket: `${prefix}_workers`,
    eventSubject: (uniqueId, type) => `${prefix}.ev.${encodeCreator(uniqueId)}.${encodeCreator(type)}`,
    eventFilter: (uniqueId) => `${prefix}.ev.${encodeCreator(uniqueId)}.>`,
    latestSubject: (uniqueId, kind) => `${prefix}.last.${encodeCreator(uniqueId)}.${kind}`,
    latestFilter: (uniqueId) => `${prefix}.last.${encodeCreator(uniqueId)}.>`,
  };
}
