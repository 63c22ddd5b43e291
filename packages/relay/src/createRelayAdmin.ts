/**
 * The desired set and its view: add and remove creators, list them with their owner,
 * state and rate. What `tiktok-live-rx add|remove|list` runs.
 */
import { connect } from '@nats-io/transport-node';
import type { ConnectionOptions, NatsConnection } from '@nats-io/nats-core';
import { normalizeUniqueId, type LiveStatus } from '@tiktok-live-rx/core';
import { openRelay, type DesiredValue, type LeaseValue, type OpenRelay, type WorkerRecord } from './openRelay.js';
import { encodeCreator } from './relayNames.js';

/** Options of {@link createRelayAdmin}: `servers` or `nc`. */
export interface RelayAdminOptions {
  /** NATS URL(s). Exclusive with `nc`. */
  servers?: string | string[];
  /** An open connection (never closed by the admin). */
  nc?: NatsConnection;
  /** Extra connection options for `servers` (user, pass, token, …). @default {} */
  connectOptions?: Omit<ConnectionOptions, 'servers'>;
  /** Subject / bucket prefix. @default 'tlrx' */
  prefix?: string;
}

/** One row of {@link RelayAdmin.list}. */
export interface RelayCreatorRow {
  readonly uniqueId: string;
  /** The worker holding the creator, if its lease is current. */
  readonly owner: string | undefined;
  /** The owner's connection status (`undefined` while nobody holds it). */
  readonly status: LiveStatus | undefined;
  /** Events per second the owner published lately. */
  readonly eventsPerSecond: number;
}

/** The admin handle. */
export interface RelayAdmin {
  /** Adds a creator to the desired set; throws a `TypeError` (and writes nothing) for an invalid handle. Returns the normalised handle. */
  add(uniqueId: string): Promise<string>;
  /** Removes a creator (its worker releases it at the next heartbeat). Throws a `TypeError` for an invalid handle. */
  remove(uniqueId: string): Promise<string>;
  /** Every desired creator with its owner, state and rate, sorted by handle. */
  list(): Promise<RelayCreatorRow[]>;
  /** Worker heartbeats. */
  workers(): Promise<WorkerRecord[]>;
  /** Closes the connection if the admin opened it. */
  close(): Promise<void>;
}

/** Opens the relay's buckets (creating them when missing) for administration. */
export async function createRelayAdmin(options: RelayAdminOptions): Promise<RelayAdmin> {
  if (options.nc === undefined && options.servers === undefined) throw new TypeError('createRelayAdmin needs `servers` or `nc`');
  const nc = options.nc ?? (await connect({ timeout: 5_000, reconnectTimeWait: 500, maxReconnectAttempts: -1, ...options.connectOptions, servers: options.servers! }));
  let relay: OpenRelay;
  try {
    relay = await openRelay(nc, options.prefix);
  } catch (error) {
    if (!options.nc) await nc.close();
    throw error;
  }
  const valid = (input: string): string => {
    const id = normalizeUniqueId(input);
    if (id === undefined) throw new TypeError(`Not a TikTok handle: ${JSON.stringify(input)} (letters, digits, '_' and '.', at most 24)`);
    return id;
  };
  return {
    async add(input) {
      const uniqueId = valid(input);
      const value: DesiredValue = { uniqueId, addedAt: Date.now() };
      await relay.desired.put(encodeCreator(uniqueId), JSON.stringify(value));
      return uniqueId;
    },
    async remove(input) {
      const uniqueId = valid(input);
      await relay.desired.delete(encodeCreator(uniqueId));
      return uniqueId;
    },
    async list() {
      const now = Date.now();
      const rows: RelayCreatorRow[] = [];
      for await (const key of await relay.desired.keys()) {
        const entry = await relay.desired.get(key);
        if (!entry || entry.operation !== 'PUT') continue;
        const { uniqueId } = entry.json<DesiredValue>();
        const leaseEntry = await relay.leases.get(key);
        const lease = leaseEntry?.operation === 'PUT' ? leaseEntry.json<LeaseValue>() : undefined;
        const current = lease && lease.expiresAt >= now ? lease : undefined;
        rows.push({ uniqueId, owner: current?.owner, status: current?.status, eventsPerSecond: current?.rate ?? 0 });
      }
      return rows.sort((a, b) => a.uniqueId.localeCompare(b.uniqueId));
    },
    async workers() {
      const records: WorkerRecord[] = [];
      for await (const key of await relay.workers.keys()) {
        const entry = await relay.workers.get(key);
        if (entry?.operation === 'PUT') records.push(entry.json<WorkerRecord>());
      }
      return records;
    },
    async close() {
      if (!options.nc) await nc.close();
    },
  };
}
