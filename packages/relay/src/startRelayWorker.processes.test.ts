/**
 * Workers as real processes (the bin): SIGKILL for failover, SIGTERM for a drained hand-over.
 */
import type { ChildProcess } from 'node:child_process';
import { jetstreamManager } from '@nats-io/jetstream';
import { afterEach, describe, expect, it } from 'vitest';
import { chatItem } from '@tiktok-live-rx/test-utils';
import type { RelayGapMarker } from './relayWire.js';
import { countDuplicates, readStream } from './testing/readStream.js';
import { TEST_LEASE_TTL_MS, startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

let bed: RelayTestBed;
afterEach(async () => {
  await bed.close();
});

/** Injects `<id>-<n>` chats into every creator every 50 ms until stopped. */
function startInjector(ids: readonly string[]): { stop(): number } {
  let n = 0;
  const timer = setInterval(() => {
    for (const id of ids) bed.sim.inject(id, [chatItem(`${id}-${n}`, n)]);
    n++;
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return n;
    },
  };
}

async function ownedBy(worker: string, count: number): Promise<void> {
  let rows: Awaited<ReturnType<RelayTestBed['admin']['list']>> = [];
  await waitFor(
    () => {
      void bed.admin.list().then((r) => (rows = r), () => {});
      return rows.filter((r) => r.owner === worker && r.status === 'connected').length === count;
    },
    { what: `${count} creators connected on ${worker}`, timeout: 30_000, interval: 200 },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function chatsOf(id: string): Promise<string[]> {
  const nc = await bed.newConnection();
  const messages = await readStream(nc, 'TLRX_EVENTS', `tlrx.ev.${id}.WebcastChatMessage`);
  return messages.map((m) => (m.body as { content: string }).content);
}

describe('relay workers as processes', () => {
  it('failover: a SIGKILLed worker’s creators are re-claimed within the TTL + a few seconds, with gap markers and no duplicates', async () => {
    bed = await startRelayTestBed({ creators: 6 });
    const ids = Array.from({ length: 6 }, (_, i) => `c${i}`);
    for (const id of ids) await bed.admin.add(id);
    const a = bed.spawnWorker('a', 6);
    await ownedBy('a', 6);

    const consumer = bed.newRelayClient();
    const gaps = new Map<string, RelayGapMarker[]>();
    for (const id of ids) consumer.live(id).gaps$.subscribe((g) => gaps.set(id, [...(gaps.get(id) ?? []), g]));
    const injector = startInjector(ids);

    // A second worker joins: fair share 3 + 3 (a hand-over from a to b).
    const b = await bed.startWorker({ workerId: 'b', capacity: 6 });
    await waitForHeld(b, 3, 30_000);
    await ownedBy('a', 3);
    const keptByA = ids.filter((id) => !b.held().includes(id));

    a.kill('SIGKILL');
    const killedAt = Date.now();
    await waitForHeld(b, 6, TEST_LEASE_TTL_MS + 10_000);
    const reclaimMs = Date.now() - killedAt;
    expect(reclaimMs).toBeLessThan(TEST_LEASE_TTL_MS + 5_000);

    await waitFor(() => keptByA.every((id) => gaps.get(id)?.some((g) => g.reason === 'failover')), {
      what: 'failover gap markers',
      timeout: 10_000,
    });
    for (const id of keptByA) {
      const marker = gaps.get(id)!.find((g) => g.reason === 'failover')!;
      expect(marker.workerId).toBe('b');
      expect(marker.to).toBeGreaterThanOrEqual(marker.from);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = injector.stop();
    await waitFor(() => b.stats().buffered === 0, 'flushed');

    const nc = await bed.newConnection();
    const stored = await readStream(nc, 'TLRX_EVENTS');
    expect(countDuplicates(stored)).toBe(0);
    // A late reader finds the latest gap marker of a creator by subject.
    const jsm = await jetstreamManager(nc);
    const lastGap = await jsm.streams.getMessage('TLRX_EVENTS', { last_by_subj: `tlrx.ev.${keptByA[0]}._gap` });
    expect(lastGap?.json<RelayGapMarker>()).toMatchObject({ reason: 'failover', workerId: 'b' });
    // After the take-over every creator is relayed again: the last chat made it.
    for (const id of ids) expect(await chatsOf(id)).toContain(`${id}-${sent - 1}`);
  }, 90_000);

  it('hand-over: SIGTERM drains the worker, another takes its creators, and no event is missing or doubled', async () => {
    bed = await startRelayTestBed({ creators: 3 });
    const ids = ['c0', 'c1', 'c2'];
    for (const id of ids) await bed.admin.add(id);
    const a = bed.spawnWorker('a', 3);
    await ownedBy('a', 3);
    const injector = startInjector(ids);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const b = await bed.startWorker({ workerId: 'b', capacity: 3 });
    a.kill('SIGTERM');
    expect(await exited(a)).toBe(0);
    await waitForHeld(b, 3, 10_000);
    await ownedBy('b', 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = injector.stop();
    await waitFor(() => b.stats().buffered === 0, 'flushed');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const nc = await bed.newConnection();
    for (const id of ids) {
      const chats = await chatsOf(id);
      // Every chat from the first the worker saw to the last one sent, each exactly once.
      const first = Number(chats[0]!.split('-')[1]);
      const expected = Array.from({ length: sent - first }, (_, i) => `${id}-${first + i}`);
      expect(chats.slice().sort()).toEqual(expected.slice().sort());
      const gapsStored = await readStream(nc, 'TLRX_EVENTS', `tlrx.ev.${id}._gap`);
      expect(gapsStored).toEqual([]);
    }
  }, 90_000);
});
