/**
 * The consumer side: a {@link LiveSource} whose `live(id)` reads a creator from the relay
 * (JetStream) instead of opening an Euler socket, so `useTikTokLive` in React and Vue
 * works on it unchanged. Node connects over TCP (`nats://…`), browsers over WebSocket
 * (`ws://…` / `wss://…`, with read-only credentials; see the README).
 */
import { wsconnect, type ConnectionOptions, type NatsConnection } from '@nats-io/nats-core';
import { BehaviorSubject, type Observable } from 'rxjs';
import { normalizeUniqueId, type LiveSource } from '@tiktok-live-rx/core';
import type { FinalizeGiftStreaksConfig } from '@tiktok-live-rx/core/operators';
import { createRelayConnection, type RelayLinkStatus, type RelayLiveConnection, type RelayReplay } from './relayConnection.js';
import { relayNames } from './relayNames.js';

/** Options of {@link createRelayClient}: `servers` or `nc`; everything else optional. */
export interface RelayClientOptions {
  /** NATS URL(s): `nats://` (Node, TCP) or `ws://` / `wss://` (browsers). Exclusive with `nc`. */
  servers?: string | string[];
  /** An open connection (the client never closes it). */
  nc?: NatsConnection;
  /** Extra connection options for `servers` (user, pass, token, …). @default {} */
  connectOptions?: Omit<ConnectionOptions, 'servers'>;
  /** Subject / stream prefix the workers use. @default 'tlrx' */
  prefix?: string;
  /** Grace period before an unused creator's consumers close (ms). @default 1000 */
  keepAliveMs?: number;
  /** How many recent chat messages the store snapshot keeps. @default 50 */
  recentChatLimit?: number;
  /** Streak settings of `giftFinal$` / `giftStreak$` (as in the core). @default {} */
  giftStreaks?: FinalizeGiftStreaksConfig;
  /** Start reading events at a stream sequence or time (JetStream replay) instead of now. @default undefined (new events only) */
  replay?: RelayReplay;
}

/** A relay consumer: the same `live(id)` as the core client. */
export interface RelayClient extends LiveSource {
  live(uniqueId: string): RelayLiveConnection;
  /** This client's own NATS link; replayed. */
  readonly link$: Observable<RelayLinkStatus>;
  /** Closes the NATS connection (if the client opened it). */
  close(): Promise<void>;
}

/** Creates a relay consumer. Throws a `TypeError` without `servers` or `nc`. */
export function createRelayClient(options: RelayClientOptions): RelayClient {
  const { prefix, keepAliveMs = 1000, recentChatLimit = 50, giftStreaks, replay, connectOptions = {} } = options;
  if (options.nc === undefined && options.servers === undefined) throw new TypeError('createRelayClient needs `servers` or `nc`');
  const names = relayNames(prefix);
  const link = new BehaviorSubject<RelayLinkStatus>(options.nc ? 'connected' : 'connecting');
  const connection = options.nc ? Promise.resolve(options.nc) : openConnection(options.servers!, connectOptions);
  connection.then(
    (nc) => {
      link.next(nc.isClosed() ? 'closed' : 'connected');
      void (async () => {
        for await (const status of nc.status()) {
          if (status.type === 'disconnect') link.next('reconnecting');
          else if (status.type === 'reconnect') link.next('connected');
        }
      })();
      void nc.closed().then(() => link.next('closed'));
    },
    () => link.next('closed'),
  );
  const connections = new Map<string, RelayLiveConnection>();
  return {
    link$: link.asObservable(),
    live(uniqueId) {
      const id = normalizeUniqueId(uniqueId);
      if (id === undefined) throw new TypeError(`Not a TikTok handle: ${JSON.stringify(uniqueId)}`);
      let live = connections.get(id);
      if (!live) {
        live = createRelayConnection(id, { connection, link$: link, names, keepAliveMs, recentChatLimit, giftStreaks, replay });
        connections.set(id, live);
      }
      return live;
    },
    async close() {
      for (const live of connections.values()) live.disconnect();
      if (!options.nc) await (await connection.catch(() => undefined))?.close();
    },
  };
}

async function openConnection(servers: string | string[], connectOptions: Omit<ConnectionOptions, 'servers'>): Promise<NatsConnection> {
  const list = Array.isArray(servers) ? servers : [servers];
  const settings = { maxReconnectAttempts: -1, reconnectTimeWait: 500, ...connectOptions, servers: list };
  if (list.every((url) => /^wss?:\/\//i.test(url))) return wsconnect(settings);
  // TCP only exists in Node; a variable specifier keeps browser bundlers from following it.
  const transport = '@nats-io/transport-node';
  const { connect } = (await import(/* @vite-ignore */ transport)) as typeof import('@nats-io/transport-node');
  return connect(settings);
}
