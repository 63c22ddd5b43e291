/**
 * NATS permissions for a read-only relay consumer (a browser page): it may create and
 * read ordered consumers on the relay's two streams and receive on its inbox, and
 * nothing else: no publish to any relay subject, no KV, no stream changes.
 */
import { relayNames } from './relayNames.js';

/** A NATS user's `permissions` block. */
export interface NatsPermissions {
  readonly publish: { readonly allow: readonly string[] };
  readonly subscribe: { readonly allow: readonly string[] };
}

/**
 * The permissions of a read-only consumer of the relay with this prefix (put them on the
 * user your pages log in as; see the README for a whole server config).
 *
 * @example
 * const perms = readOnlyPermissions('tlrx');
 * // users: [{ user: 'viewer', password: '…', permissions: perms }]
 */
export function readOnlyPermissions(prefix?: string, inboxPrefix = '_INBOX'): NatsPermissions {
  const { eventStream, latestStream } = relayNames(prefix);
  const api = (stream: string): string[] => [
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.INFO.${stream}.>`,
    `$JS.API.CONSUMER.DELETE.${stream}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
  ];
  return {
    publish: { allow: ['$JS.API.INFO', ...api(eventStream), ...api(latestStream)] },
    subscribe: { allow: [`${inboxPrefix}.>`] },
  };
}

/** The permissions as a `nats-server` config fragment (`permissions: {…}`). */
export function formatNatsPermissions(permissions: NatsPermissions): string {
  const list = (items: readonly string[]): string => `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
  return `{ publish: { allow: ${list(permissions.publish.allow)} }, subscribe: { allow: ${list(permissions.subscribe.allow)} } }`;
}
