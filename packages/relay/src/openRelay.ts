/**
 * Opens (creating when missing) the relay's JetStream streams and KV buckets for a
 * prefix. Workers and the admin commands call it; read-only consumers never do (they
 * only bind to what exists).
 */
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/nats-core';
import type { LiveStatus } from '@tiktok-live-rx/core';
import { relayNames, type RelayNames } from './relayNames.js';

/** Stream settings a worker or admin applies when it creates the streams. */
export interface RelayStreamOptions {
  /** How long events are kept (ms); also how far back a consumer can replay. @default 86_400_000 (24 h) */
  maxAgeMs?: number;
  /** The stream's duplicate window (ms): a `Nats-Msg-Id` seen within it is dropped. @default 120_000 */
  duplicateWindowMs?: number;
}

/** The relay's handles, bound to one connection. */
export interface OpenRelay {
  readonly names: RelayNames;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Desired creators: key = encoded creator, value `{ uniqueId, addedAt }`. */
  readonly desired: KV;
  /** Leases: key = encoded creator, value {@link LeaseValue}. */
  readonly leases: KV;
  /** Worker heartbeats: key = worker id, value {@link WorkerRecord}. */
  readonly workers: KV;
}

/** A lease as stored in the lease bucket. */
export interface LeaseValue {
  readonly uniqueId: string;
  readonly owner: string;
  /** Epoch ms after which anyone may take the lease (clocks must agree within a fraction of the TTL). */
  readonly expiresAt: number;
  /** The owner's last renewal, epoch ms (a taker's gap marker starts here). */
  readonly renewedAt: number;
  /** The owner is draining or rebalancing: anyone may take it now; the owner keeps publishing until then. */
  readonly handover?: boolean | undefined;
  /** The owner's connection reached `connected` (a hand-over's old owner stops at this point). */
  readonly connected?: boolean | undefined;
  /** The owner's connection status. */
  readonly status?: LiveStatus | undefined;
  /** Events per second the owner published lately. */
  readonly rate?: number | undefined;
}

/** A worker's heartbeat record. */
export interface WorkerRecord {
  readonly workerId: string;
  readonly capacity: number;
  readonly heartbeatAt: number;
  readonly held: number;
  readonly draining: boolean;
}

/** An entry of the desired-set bucket. */
export interface DesiredValue {
  readonly uniqueId: string;
  readonly addedAt: number;
}

/** Opens the streams and buckets for `prefix`, creating them when missing. */
export async function openRelay(nc: NatsConnection, prefix?: string, options: RelayStreamOptions = {}): Promise<OpenRelay> {
  const { maxAgeMs = 86_400_000, duplicateWindowMs = 120_000 } = options;
  const names = relayNames(prefix);
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  await ensureStream(jsm, {
    name: names.eventStream,
    subjects: [`${names.prefix}.ev.>`],
    max_age: maxAgeMs * 1_000_000,
    duplicate_window: duplicateWindowMs * 1_000_000,
  });
  await ensureStream(jsm, {
    name: names.latestStream,
    subjects: [`${names.prefix}.last.>`],
    max_msgs_per_subject: 1,
    allow_direct: true,
  });
  const kvm = new Kvm(js);
  const [desired, leases, workers] = await Promise.all([
    kvm.create(names.desiredBucket, { history: 1 }),
    kvm.create(names.leaseBucket, { history: 1 }),
    kvm.create(names.workerBucket, { history: 1, ttl: 3_600_000 }),
  ]);
  return { names, js, jsm, desired, leases, workers };
}

async function ensureStream(
  jsm: JetStreamManager,
  config: { name: string; subjects: string[]; max_age?: number; duplicate_window?: number; max_msgs_per_subject?: number; allow_direct?: boolean },
): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch {
    try {
      await jsm.streams.add(config);
    } catch (error) {
      // Another worker created it between our info and add.
      await jsm.streams.info(config.name).catch(() => {
        throw error;
      });
    }
  }
}
