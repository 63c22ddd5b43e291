import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { countDuplicates, readStream, tiktokMsgId } from './testing/readStream.js';
import { startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

let bed: RelayTestBed;
afterEach(async () => {
  await bed.close();
});

describe('startRelayWorker: balance', () => {
  beforeEach(async () => {
    bed = await startRelayTestBed({ creators: 300 });
  });

  it('spreads 300 creators evenly over 3 workers, and a joining worker takes its fair share', async () => {
    const a = await bed.startWorker({ workerId: 'a' });
    const b = await bed.startWorker({ workerId: 'b' });
    for (let i = 0; i < 300; i++) await bed.admin.add(`c${i}`);
    await waitFor(() => a.held().length === 150 && b.held().length === 150, { what: '150 + 150', timeout: 30_000, interval: 100 });

    const c = await bed.startWorker({ workerId: 'c' });
    await waitFor(() => [a, b, c].every((w) => w.held().length === 100), {
      what: `100 each (now ${[a, b, c].map((w) => w.held().length).join('/')})`,
      timeout: 45_000,
      interval: 100,
    });
    const owners = new Set([...a.held(), ...b.held(), ...c.held()]);
    expect(owners.size).toBe(300);
    // The simulator sees one socket per creator once the hand-overs settled.
    await waitFor(() => bed.sim.stats().sockets === 300, { what: '300 sockets', timeout: 15_000, interval: 100 });
    const rows = await bed.admin.list();
    expect(rows.filter((r) => r.owner === 'c').length).toBe(100);
  }, 120_000);
});

describe('startRelayWorker: redundancy, bad input, NATS outage', () => {
  beforeEach(async () => {
    bed = await startRelayTestBed();
  });

  it('two workers deliberately on one creator store every item once', async () => {
    const ID = 'silent_creator';
    const one = await bed.startWorker({ workerId: 'one', capacity: 0, pinned: [ID] });
    const two = await bed.startWorker({ workerId: 'two', capacity: 0, pinned: [ID] });
    await waitFor(() => bed.sim.stats().byCreator[ID] === 2, { what: 'two sockets', timeout: 10_000 });
    await waitFor(() => one.stats().published + one.stats().duplicates > 0 && two.stats().published + two.stats().duplicates > 0, {
      what: 'both publishing their state',
      timeout: 10_000,
    });
    for (let i = 0; i < 50; i++) bed.sim.inject(ID, [chatItem(`m${i}`, i)]);
    const nc = await bed.newConnection();
    const filter = `tlrx.ev.${ID}.>`;
    await waitFor(() => one.stats().buffered === 0 && two.stats().buffered === 0, 'flushed');
    let chats: Awaited<ReturnType<typeof readStream>> = [];
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      chats = (await readStream(nc, 'TLRX_EVENTS', filter)).filter((m) => m.subject.endsWith('.WebcastChatMessage'));
      if (chats.length >= 50 && one.stats().duplicates + two.stats().duplicates >= 50) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(chats.length).toBe(50);
    expect(countDuplicates(chats)).toBe(0);
    expect(chats.every((m) => m.msgId === `${ID}:${tiktokMsgId(m)}`)).toBe(true);
    // Both really published every chat: one copy was stored, the other rejected as a duplicate.
    expect(one.stats().duplicates + two.stats().duplicates).toBeGreaterThanOrEqual(50);
  });

  it('rejects an invalid creator id with a TypeError and writes nothing', async () => {
    await expect(bed.admin.add('not a handle!')).rejects.toThrow(TypeError);
    await expect(bed.admin.add('x'.repeat(25))).rejects.toThrow(/not a TikTok handle/i);
    expect(await bed.admin.list()).toEqual([]);
  });

  it('keeps publishing through a NATS outage: events of that window are buffered and arrive after the reconnect', async () => {
    const ID = 'silent_creator';
    await bed.admin.add(ID);
    const worker = await bed.startWorker({ workerId: 'w' });
    await waitForHeld(worker, 1);
    await waitFor(() => bed.sim.stats().byCreator[ID] === 1, { what: 'socket', timeout: 10_000 });
    bed.sim.inject(ID, [chatItem('before', 1)]);
    await waitFor(() => worker.stats().published >= 3, 'published before the outage');

    await bed.nats.pause();
    for (let i = 0; i < 20; i++) bed.sim.inject(ID, [chatItem(`during${i}`, i)]);
    await waitFor(() => worker.stats().buffered >= 20, { what: 'buffered while NATS is down', timeout: 5_000 });
    await bed.nats.restart();
    bed.sim.inject(ID, [chatItem('after', 2)]);

    const nc = await bed.newConnection();
    let comments: string[] = [];
    await waitFor(
      () => {
        void readStream(nc, 'TLRX_EVENTS', `tlrx.ev.${ID}.WebcastChatMessage`).then(
          (messages) => (comments = messages.map((m) => (m.body as { content: string }).content)),
          () => {},
        );
        return comments.length === 22;
      },
      { what: '22 stored chats', timeout: 20_000, interval: 500 },
    );
    // Re-sent publishes may land out of order; each one is stored exactly once.
    expect(comments[0]).toBe('before');
    expect([...comments].sort()).toEqual(['after', 'before', ...Array.from({ length: 20 }, (_, i) => `during${i}`)].sort());
    expect(worker.stats().dropped).toBe(0);
    // The worker still holds its creator, and its KV watches came back: a creator added now is taken.
    await waitFor(() => worker.held().length === 1, 'still held');
    await bed.admin.add('second_creator');
    await waitForHeld(worker, 2);
  }, 60_000);

  it('drains and stops in bounded time while NATS is down', async () => {
    await bed.admin.add('silent_creator');
    const worker = await bed.startWorker({ workerId: 'w' });
    await waitForHeld(worker, 1);
    await bed.nats.pause();
    const started = Date.now();
    await worker.drain();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(worker.held()).toEqual([]);
    await bed.nats.restart();
  }, 40_000);

  it('past its buffer bound drops the oldest events and publishes an overflow gap marker', async () => {
    const ID = 'silent_creator';
    await bed.admin.add(ID);
    const worker = await bed.startWorker({ workerId: 'w', maxBuffered: 5 });
    await waitForHeld(worker, 1);
    await waitFor(() => bed.sim.stats().byCreator[ID] === 1, { what: 'socket', timeout: 10_000 });
    await waitFor(() => worker.stats().published >= 2 && worker.stats().buffered === 0, 'settled');
    const live = bed.newRelayClient().live(ID);
    const gaps: { reason: string }[] = [];
    live.gaps$.subscribe((g) => gaps.push(g));
    const links: string[] = [];
    live.state$.subscribe((state) => links.push(state.link));
    await waitFor(() => live.store.getSnapshot() !== undefined, 'consumer');
    await new Promise((resolve) => setTimeout(resolve, 300));

    await bed.nats.pause();
    for (let i = 0; i < 20; i++) bed.sim.inject(ID, [chatItem(`during${i}`, i)]);
    await waitFor(() => worker.stats().dropped >= 15, { what: 'dropped beyond the bound', timeout: 5_000 });
    await waitFor(() => links.includes('reconnecting'), { what: 'the consumer sees its link down', timeout: 10_000 });
    await bed.nats.restart();
    // The consumer's ordered consumers resume after the reconnect and deliver the marker.
    await waitFor(() => gaps.some((g) => g.reason === 'overflow'), { what: 'overflow gap marker', timeout: 20_000, interval: 100 });
    expect(links.at(-1)).toBe('connected');
  }, 60_000);
});
