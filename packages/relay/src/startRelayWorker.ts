/**
 * A relay worker: takes creators from the desired set (KV) up to its fair share, holds
 * them through the core (`client.live(id)`) and publishes them (see `creatorPublisher`).
 *
 * Leases: one KV key per creator, taken with compare-and-set on the key's revision
 * (`create`, or `update` at the revision we saw), renewed every heartbeat, free for anyone
 * once `expiresAt` passed (a dead worker) or while flagged `handover` (a draining or
 * rebalancing worker, which keeps publishing until the taker reports `connected`, so a
 * hand-over leaves no gap: the overlap is de-duplicated by `Nats-Msg-Id`).
 */
import { connect } from '@nats-io/transport-node';
import type { ConnectionOptions, NatsConnection } from '@nats-io/nats-core';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import type { LiveSource } from '@tiktok-live-rx/core';
import { startCreatorPublisher, type CreatorPublisher } from './creatorPublisher.js';
import { fairShare } from './fairShare.js';
import { openRelay, type DesiredValue, type LeaseValue, type OpenRelay, type RelayStreamOptions, type WorkerRecord } from './openRelay.js';
import { createRelayOutbox, type RelayOutbox, type RelayOutboxStats } from './relayOutbox.js';

/** Options of {@link startRelayWorker}: `servers` or `nc`, plus a client and a capacity. */
export interface RelayWorkerOptions extends RelayStreamOptions {
  /** NATS server URL(s); the worker opens (and closes) its own connection. Exclusive with `nc`. */
  servers?: string | string[];
  /** An open NATS connection (the worker never closes it). */
  nc?: NatsConnection;
  /** Extra connection options for `servers` (user, pass, token, authenticator, …). @default {} */
  connectOptions?: Omit<ConnectionOptions, 'servers'>;
  /** Where creators are held: the core client (`createLiveClient`) or any `LiveSource`. */
  client: LiveSource;
  /** Most creators this worker holds (one Euler socket each). */
  capacity: number;
  /** This worker's id (unique among workers). @default `worker-<random>` */
  workerId?: string;
  /** Subject / bucket prefix. @default 'tlrx' */
  prefix?: string;
  /** A lease not renewed for this long is taken by others (ms). @default 15_000 */
  leaseTtlMs?: number;
  /** Lease renewal and rebalancing period (ms). @default leaseTtlMs / 3 */
  heartbeatMs?: number;
  /** How long `drain()` waits for other workers to take its creators (ms; it stops waiting when no other worker is alive). @default 2 × leaseTtlMs */
  drainTimeoutMs?: number;
  /** Totals are published at most this often (ms). @default 1000 */
  totalsIntervalMs?: number;
  /**
   * Messages buffered while NATS is unreachable; past it the oldest are dropped and a
   * `gap` marker (`reason: 'overflow'`) is published for their creators once NATS is back.
   * @default 50_000
   */
  maxBuffered?: number;
  /** Creators held regardless of leases (redundancy: several workers publish them; the stream keeps one copy). @default [] */
  pinned?: readonly string[];
}

/** A running worker. */
export interface RelayWorker {
  /** This worker's id. */
  readonly workerId: string;
  /** The creators it holds now (leased and pinned). */
  held(): string[];
  /** Publish counters. */
  stats(): RelayOutboxStats & { held: number };
  /** Hands every creator over to other workers (waits up to `drainTimeoutMs`), then stops. */
  drain(): Promise<void>;
  /** Stops now: leases are released (others take over at once; expect a short gap). */
  close(): Promise<void>;
}

interface HeldCreator {
  readonly uniqueId: string;
  readonly key: string;
  revision: number;
  readonly holder: CreatorPublisher;
  handover: boolean;
  /** Another worker took the lease; we stop once it is connected. */
  takenAt?: number | undefined;
}

const DEFAULTS = { leaseTtlMs: 15_000, totalsIntervalMs: 1000, maxBuffered: 50_000 } as const;

/** Starts a worker; resolves once its streams, buckets and watches are ready. */
export async function startRelayWorker(options: RelayWorkerOptions): Promise<RelayWorker> {
  const {
    client,
    capacity,
    workerId = `worker-${Math.random().toString(36).slice(2, 10)}`,
    prefix,
    leaseTtlMs = DEFAULTS.leaseTtlMs,
    heartbeatMs = Math.max(100, Math.floor(leaseTtlMs / 3)),
    drainTimeoutMs = leaseTtlMs * 2,
    totalsIntervalMs = DEFAULTS.totalsIntervalMs,
    maxBuffered = DEFAULTS.maxBuffered,
    pinned = [],
  } = options;
  if (!Number.isInteger(capacity) || capacity < 0) throw new TypeError(`capacity must be a non-negative integer, got ${String(capacity)}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(workerId)) throw new TypeError(`workerId must be 1-64 characters of [A-Za-z0-9_-], got ${JSON.stringify(workerId)}`);
  if (options.nc === undefined && options.servers === undefined) throw new TypeError('startRelayWorker needs `servers` or `nc`');

  const ownsConnection = options.nc === undefined;
  const nc =
    options.nc ??
    (await connect({
      name: workerId,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      waitOnFirstConnect: true,
      // One request per published event: capturing a stack trace for each cost ~20 % of the worker's CPU.
      noAsyncTraces: true,
      ...options.connectOptions,
      servers: options.servers!,
    }));
  const relay = await openRelay(nc, prefix, options);
  const { names } = relay;

  const overflow = new Map<string, { from: number; to: number }>();
  const outbox: RelayOutbox = createRelayOutbox(relay.js, {
    maxBuffered,
    onDrop: (item) => {
      const range = overflow.get(item.uniqueId);
      if (range) range.to = Math.max(range.to, item.at);
      else overflow.set(item.uniqueId, { from: item.at, to: item.at });
    },
  });

  const desired = new Map<string, DesiredValue>();
  const leases = new Map<string, { value: LeaseValue; revision: number }>();
  const workers = new Map<string, WorkerRecord>();
  const held = new Map<string, HeldCreator>();
  const pinnedHolders = pinned.map((uniqueId) => startCreatorPublisher({ live: client.live(uniqueId), names, outbox, workerId, totalsIntervalMs }));
  let draining = false;
  /** The NATS link is up (a drain or shutdown does not wait on NATS while it is down). */
  let online = true;
  let stopped = false;
  let ticking: Promise<void> | undefined;

  const watches = [
    watchInto(relay.desired, (key, entry) => (entry ? desired.set(key, entry.json<DesiredValue>()) : desired.delete(key))),
    watchInto(relay.leases, (key, entry) => {
      if (!entry) {
        leases.delete(key);
        return;
      }
      const value = entry.json<LeaseValue>();
      leases.set(key, { value, revision: entry.revision });
      const mine = held.get(key);
      if (mine && value.owner !== workerId) {
        // Taken over: after our hand-over offer, or because we were thought dead.
        mine.takenAt ??= Date.now();
        if (value.connected || !mine.handover) release(mine, false);
      }
    }),
    watchInto(relay.workers, (key, entry) => (entry ? workers.set(key, entry.json<WorkerRecord>()) : workers.delete(key))),
  ];
  await Promise.all(watches.map((w) => w.ready));

  // While the link is down, events queue in the outbox (bounded), not in the NATS client.
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') online = false;
      else if (status.type === 'reconnect') online = true;
      else continue;
      outbox.setOnline(online);
    }
  })().catch(() => {});

  function release(entry: HeldCreator, deleteLease: boolean): void {
    if (held.get(entry.key) !== entry) return;
    held.delete(entry.key);
    entry.holder.stop();
    if (deleteLease) void relay.leases.delete(entry.key, { previousSeq: entry.revision }).catch(() => {});
  }

  const leaseValue = (entry: HeldCreator, now: number): LeaseValue => ({
    uniqueId: entry.uniqueId,
    owner: workerId,
    expiresAt: now + leaseTtlMs,
    renewedAt: now,
    handover: entry.handover || undefined,
    connected: entry.holder.state?.status === 'connected' || undefined,
    status: entry.holder.state?.status,
    rate: entry.holder.rate(),
  });

  const renew = async (entry: HeldCreator, now: number): Promise<void> => {
    try {
      entry.revision = await relay.leases.update(entry.key, JSON.stringify(leaseValue(entry, now)), entry.revision);
    } catch {
      // Someone else holds it now (or NATS is down: then we keep publishing into the buffer
      // and find out on the next heartbeat).
      const seen = leases.get(entry.key);
      if (seen && seen.value.owner !== workerId) {
        // After our hand-over offer we keep publishing until the taker is connected.
        if (entry.handover) entry.takenAt ??= Date.now();
        else release(entry, false);
      }
    }
  };

  const claim = async (key: string, value: DesiredValue, now: number): Promise<void> => {
    const previous = leases.get(key);
    const lease: LeaseValue = { uniqueId: value.uniqueId, owner: workerId, expiresAt: now + leaseTtlMs, renewedAt: now };
    let revision: number;
    try {
      revision = previous
        ? await relay.leases.update(key, JSON.stringify(lease), previous.revision)
        : await relay.leases.create(key, JSON.stringify(lease));
    } catch {
      return; // another worker won the compare-and-set
    }
    if (stopped || draining) {
      void relay.leases.delete(key, { previousSeq: revision }).catch(() => {});
      return;
    }
    let entry: HeldCreator | undefined;
    const holder = startCreatorPublisher({
      live: client.live(value.uniqueId),
      names,
      outbox,
      workerId,
      totalsIntervalMs,
      // Report `connected` at once: a worker handing this creator over waits for it.
      onState: (state) => {
        if (state.status === 'connected' && entry && held.get(key) === entry) void renew(entry, Date.now());
      },
    });
    entry = { uniqueId: value.uniqueId, key, revision, holder, handover: false };
    held.set(key, entry);
    leases.set(key, { value: lease, revision });
    // Its previous owner died: events between its last renewal and now may be missing.
    if (previous && !previous.value.handover && previous.value.owner !== workerId) {
      holder.gap({ from: previous.value.renewedAt, to: now, reason: 'failover' });
    }
  };

  const claimable = (key: string, now: number): boolean => {
    if (held.has(key)) return false;
    const lease = leases.get(key)?.value;
    return !lease || lease.expiresAt < now || (lease.handover === true && lease.owner !== workerId);
  };

  const tick = async (): Promise<void> => {
    const now = Date.now();
    const record: WorkerRecord = { workerId, capacity, heartbeatAt: now, held: held.size, draining };
    workers.set(workerId, record);
    await relay.workers.put(workerId, JSON.stringify(record)).catch(() => {});

    for (const entry of [...held.values()]) {
      if (entry.takenAt !== undefined) {
        if (now - entry.takenAt > leaseTtlMs) release(entry, false);
        continue;
      }
      if (!desired.has(entry.key)) {
        release(entry, true);
        continue;
      }
    }
    await Promise.all([...held.values()].filter((e) => e.takenAt === undefined).map((entry) => renew(entry, now)));
    if (draining || stopped) return;

    const target = fairShare({ desired: desired.size, workers: workers.values(), workerId, capacity, ttlMs: leaseTtlMs, now });
    const active = [...held.values()].filter((e) => e.takenAt === undefined && !e.handover);
    const offered = [...held.values()].filter((e) => e.takenAt === undefined && e.handover);
    if (active.length > target) {
      // Over our share (a worker joined): offer the surplus; we keep publishing until taken.
      for (const entry of active.slice(target)) {
        entry.handover = true;
        await renew(entry, now);
      }
    } else if (active.length < target) {
      let wanted = target - active.length;
      // Take back our own offers nobody wanted first.
      for (const entry of offered.slice(0, wanted)) {
        entry.handover = false;
        wanted--;
        await renew(entry, now);
      }
      const candidates = shuffle([...desired.keys()].filter((key) => claimable(key, now)));
      for (let i = 0; i < candidates.length && wanted > 0; i += 16) {
        const batch = candidates.slice(i, i + Math.min(16, wanted));
        await Promise.all(batch.map((key) => claim(key, desired.get(key)!, now)));
        wanted = target - [...held.values()].filter((e) => e.takenAt === undefined && !e.handover).length;
      }
    }
    // NATS was unreachable long enough to drop messages: say so on the stream.
    if (overflow.size > 0 && outbox.stats().buffered < maxBuffered / 2) {
      for (const [uniqueId, range] of overflow) {
        const holder = [...held.values()].find((e) => e.uniqueId === uniqueId)?.holder ?? pinnedHolders.find((h) => h.uniqueId === uniqueId);
        holder?.gap({ ...range, reason: 'overflow' });
      }
      overflow.clear();
    }
  };

  const runTick = (): Promise<void> => {
    ticking ??= tick()
      .catch(() => {})
      .finally(() => {
        ticking = undefined;
      });
    return ticking;
  };
  await runTick();
  const timer = setInterval(() => void runTick(), heartbeatMs);

  const shutdown = async (): Promise<void> => {
    stopped = true;
    clearInterval(timer);
    if (online) await Promise.race([ticking, sleep(leaseTtlMs)]);
    for (const entry of [...held.values()]) release(entry, true);
    for (const holder of pinnedHolders) holder.stop();
    // Offline, the buffered events cannot be delivered: do not wait for them.
    if (online) await outbox.flush(5_000);
    outbox.close();
    if (online) await Promise.race([relay.workers.delete(workerId).catch(() => {}), sleep(5_000)]);
    for (const w of watches) w.stop();
    if (ownsConnection) await Promise.race([online ? nc.drain().catch(() => {}) : nc.close(), sleep(5_000)]).then(() => (nc.isClosed() ? undefined : nc.close()));
  };

  return {
    workerId,
    held: () => [...[...held.values()].map((e) => e.uniqueId), ...pinnedHolders.map((h) => h.uniqueId)],
    stats: () => ({ ...outbox.stats(), held: held.size + pinnedHolders.length }),
    async drain() {
      if (stopped) return;
      draining = true;
      // Nobody can take over while NATS is unreachable: stop at once (the leases expire).
      if (!online) return shutdown();
      // NATS may go down during a drain (the client may not have noticed yet): every step is
      // bounded, and nobody can take over then anyway; the leases simply expire.
      await Promise.race([ticking, sleep(leaseTtlMs)]);
      const now = Date.now();
      for (const entry of held.values()) entry.handover = true;
      const record: WorkerRecord = { workerId, capacity, heartbeatAt: now, held: held.size, draining: true };
      await Promise.race([
        Promise.all([relay.workers.put(workerId, JSON.stringify(record)).catch(() => {}), ...[...held.values()].map((entry) => renew(entry, now))]),
        sleep(leaseTtlMs),
      ]);
      const started = Date.now();
      const deadline = started + drainTimeoutMs;
      // Nobody to hand over to (after a heartbeat's look around): stop instead of waiting out the timeout.
      const takers = (): number =>
        [...workers.values()].filter((w) => w.workerId !== workerId && w.capacity > 0 && !w.draining && Date.now() - w.heartbeatAt <= leaseTtlMs).length;
      while (held.size > 0 && Date.now() < deadline && (takers() > 0 || Date.now() - started < heartbeatMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await shutdown();
    },
    close: shutdown,
  };
}

interface Watch {
  readonly ready: Promise<void>;
  stop(): void;
}

/** Mirrors a bucket into memory: `apply(key, entry | undefined)` per change; `ready` once the current values are in. */
function watchInto(kv: KV, apply: (key: string, entry: KvWatchEntry | undefined) => void): Watch {
  let stop = (): void => {};
  let markReady = (): void => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    const iterator = await kv.watch();
    stop = () => iterator.stop();
    // An empty bucket delivers nothing: ready after a short wait then.
    const fallback = setTimeout(markReady, 250);
    for await (const entry of iterator) {
      apply(entry.key, entry.operation === 'PUT' ? entry : undefined);
      if (!entry.delta) {
        clearTimeout(fallback);
        markReady();
      }
    }
  })().catch(() => markReady());
  return { ready, stop: () => stop() };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
