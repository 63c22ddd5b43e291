import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionTotals } from '@tiktok-live-rx/core';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { createRelayAdmin } from './createRelayAdmin.js';
import { startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

const ID = 'silent_creator';
const gift = (user: number, diamonds: number) => ({
  type: 'WebcastGiftMessage',
  data: {
    giftId: 6000 + user,
    groupId: '0',
    repeatCount: 1,
    repeatEnd: 0,
    user: { userId: String(2000 + user), uniqueId: `gifter${user}`, nickname: `Gifter ${user}` },
    giftDetails: { giftName: 'Big', diamondCount: diamonds, giftType: 2 },
  },
});

let bed: RelayTestBed;
beforeEach(async () => {
  bed = await startRelayTestBed();
});
afterEach(async () => {
  await bed.close();
});

describe('relay consumer (createRelayClient)', () => {
  it('delivers a worker’s chat and gifts through JetStream with the core LiveConnection streams', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    const live = bed.newRelayClient().live(ID);
    const chats: string[] = [];
    const finals: number[] = [];
    live.chat$.subscribe((m) => chats.push(m.content));
    live.giftFinal$.subscribe((g) => finals.push(g.totalDiamonds));
    await waitFor(() => live.store.getSnapshot() !== undefined && chats.length === 0, 'subscribed');
    await waitFor(() => bed.sim.stats().byCreator[ID] === 1, { what: 'worker socket', timeout: 10_000 });
    // The consumer's JetStream consumer starts at "new": wait until it is attached.
    const state: string[] = [];
    live.state$.subscribe((s) => state.push(s.status));
    await waitFor(() => state.includes('connected'), { what: 'connected state', timeout: 10_000 });
    bed.sim.inject(ID, [chatItem('hello', 1), chatItem('world', 2), gift(3, 100)]);
    await waitFor(() => chats.length === 2 && finals.length === 1, { what: 'relayed items', timeout: 10_000 });
    expect(chats).toEqual(['hello', 'world']);
    expect(finals).toEqual([100]);
    // Event streams do not replay: a later subscriber gets only later events.
    const later: string[] = [];
    live.chat$.subscribe((m) => later.push(m.content));
    expect(later).toEqual([]);
  });

  it('reports a missing relay on errors$ and attaches once a worker created the streams', async () => {
    // A prefix nobody used yet: no streams exist.
    const live = bed.newRelayClient({ prefix: 'fresh' }).live(ID);
    const errors: string[] = [];
    const chats: string[] = [];
    live.errors$.subscribe((e) => errors.push(e.message));
    live.chat$.subscribe((m) => chats.push(m.content));
    await waitFor(() => errors.length > 0, { what: 'an error on errors$', timeout: 10_000 });
    expect(errors[0]).toMatch(/relay consumer for silent_creator failed/);

    const admin = await createRelayAdmin({ servers: bed.nats.url, prefix: 'fresh' }); // creates the streams and buckets
    await admin.add(ID);
    await admin.close();
    const worker = await bed.startWorker({ prefix: 'fresh' });
    await waitForHeld(worker, 1);
    const states: string[] = [];
    live.state$.subscribe((s) => states.push(s.status));
    await waitFor(() => states.at(-1) === 'connected', { what: 'connected', timeout: 15_000 });
    // Wait until the event consumer is attached (its retry may come a little after the latest one).
    const deadline = Date.now() + 15_000;
    let n = 0;
    while (chats.length === 0 && Date.now() < deadline) {
      bed.sim.inject(ID, [chatItem(`late ${n++}`, 1)]);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(chats[0]).toMatch(/^late \d+$/);
  });

  it('disconnect() completes the stream subscriptions and idles the store; new subscriptions start afresh', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    const live = bed.newRelayClient().live(ID);
    let completed = false;
    live.chat$.subscribe({ complete: () => (completed = true) });
    const unsubscribe = live.store.subscribe(() => {});
    await waitFor(() => live.store.getSnapshot().status === 'connected', { what: 'connected', timeout: 10_000 });
    live.disconnect();
    expect(completed).toBe(true);
    await waitFor(() => live.store.getSnapshot().status === 'idle', 'idle snapshot');
    unsubscribe();

    const chats: string[] = [];
    live.chat$.subscribe((m) => chats.push(m.content));
    const states: string[] = [];
    live.state$.subscribe((s) => states.push(s.status));
    await waitFor(() => states.includes('connected'), { what: 'connected again', timeout: 10_000 });
    const deadline = Date.now() + 10_000;
    while (chats.length === 0 && Date.now() < deadline) {
      bed.sim.inject(ID, [chatItem('again', 1)]);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(chats[0]).toBe('again');
  });

  it('relays a handle with a dot (encoded subject token) to the store snapshot', async () => {
    await bed.admin.add('dotted.creator');
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    const live = bed.newRelayClient().live('@Dotted.Creator');
    expect(live.uniqueId).toBe('dotted.creator');
    const unsubscribe = live.store.subscribe(() => {});
    await waitFor(() => live.store.getSnapshot().status === 'connected', { what: 'connected snapshot', timeout: 10_000 });
    expect(live.store.getSnapshot().roomInfo).toBeDefined();
    bed.sim.inject('dotted.creator', [chatItem('dotted hello', 1)]);
    await waitFor(() => live.store.getSnapshot().recentChat.length === 1, { what: 'chat in the snapshot', timeout: 10_000 });
    expect(live.store.getSnapshot().recentChat[0]?.content).toBe('dotted hello');
    unsubscribe();
  });

  it('replays from a stream time with JetStream’s own deliver policy', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    await waitFor(() => bed.sim.stats().byCreator[ID] === 1, { what: 'worker socket', timeout: 10_000 });
    await waitFor(() => worker.stats().published >= 2, 'worker published its state');
    const before = Date.now();
    bed.sim.inject(ID, [chatItem('old one', 1), chatItem('old two', 2)]);
    await waitFor(() => worker.stats().published >= 4 && worker.stats().buffered === 0, 'stored');

    const fromNow = bed.newRelayClient().live(ID);
    const replayed = bed.newRelayClient({ replay: { startTime: before } }).live(ID);
    const live: string[] = [];
    const past: string[] = [];
    fromNow.chat$.subscribe((m) => live.push(m.content));
    replayed.chat$.subscribe((m) => past.push(m.content));
    await waitFor(() => past.length === 2, { what: 'replayed chats', timeout: 10_000 });
    expect(past).toEqual(['old one', 'old two']);
    expect(live).toEqual([]);
  });

  it('hands a late consumer the latest room info and totals at once', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    await waitFor(() => bed.sim.stats().byCreator[ID] === 1, { what: 'worker socket', timeout: 10_000 });
    bed.sim.inject(ID, [gift(1, 500), gift(2, 250)]);
    // Wait until the worker published totals with both gifts (read through another consumer).
    const probe = bed.newRelayClient().live(ID);
    let seen: SessionTotals | undefined;
    probe.totals$.subscribe((t) => (seen = t));
    await waitFor(() => seen?.diamonds === 750, { what: 'totals published', timeout: 10_000 });

    const late = bed.newRelayClient().live(ID);
    const started = Date.now();
    const [room, totals] = await Promise.all([firstValue(late.roomInfo$), firstValue(late.totals$)]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(room).toMatchObject({});
    expect(JSON.stringify(room)).toContain('Silent test room');
    expect(totals.diamonds).toBe(750);
    expect(totals.topGifters.map((g) => g.userId)).toEqual(['2001', '2002']);
  });
});

function firstValue<T>(source$: import('rxjs').Observable<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = source$.subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}
