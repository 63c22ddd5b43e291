import { Observable } from 'rxjs';
import { describe, expect } from 'vitest';
import { createLiveStore } from './liveStore.js';
import { notifyManager } from './notifyManager.js';
import { liveTest as it, record, recordConnected, v2User, waitFor } from './testing/liveTestHarness.js';

describe('createLiveStore (unit)', () => {
  const make = (schedule?: (flush: () => void) => void) => {
    // true when the store subscribed its source, false when it let go.
    const calls: boolean[] = [];
    const source$ = new Observable<never>(() => {
      calls.push(true);
      return () => calls.push(false);
    });
    const writer = createLiveStore({ uniqueId: 'someone', recentChatLimit: 3, source$, ...(schedule ? { schedule } : {}) });
    return { writer, calls };
  };

  it('returns the same snapshot until something changes', () => {
    const { writer } = make();
    const first = writer.store.getSnapshot();
    expect(writer.store.getSnapshot()).toBe(first);
    writer.setViewerCount(10);
    const second = writer.store.getSnapshot();
    expect(second).not.toBe(first);
    expect(second.viewerCount).toBe(10);
    writer.setViewerCount(10);
    expect(writer.store.getSnapshot()).toBe(second);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('notifies through the shared notifyManager by default, together with other queued work', () => {
    const flushes: Array<() => void> = [];
    notifyManager.setScheduler((flush) => flushes.push(flush));
    try {
      const { writer } = make();
      const order: string[] = [];
      writer.store.subscribe(() => order.push('store'));
      writer.setViewerCount(1);
      writer.setLikeTotal(2);
      notifyManager.schedule(() => order.push('list'));
      expect(flushes).toHaveLength(1);
      expect(order).toEqual([]);
      flushes[0]!();
      expect(order).toEqual(['store', 'list']);
    } finally {
      notifyManager.setScheduler(undefined);
    }
  });

  it('keeps a bounded list of recent chat messages, oldest first', () => {
    const { writer } = make();
    for (let i = 0; i < 10; i++) writer.addChat({ content: `m${i}` } as never);
    expect(writer.store.getSnapshot().recentChat.map((m) => m.content)).toEqual(['m7', 'm8', 'm9']);
  });

  it('batches listener notifications and reports listening changes', () => {
    const queued: (() => void)[] = [];
    const { writer, calls } = make((flush) => queued.push(flush));
    let notified = 0;
    const unsubscribe = writer.store.subscribe(() => (notified += 1));
    expect(calls).toEqual([true]);
    writer.setLikeTotal(1);
    writer.setLikeTotal(2);
    writer.addChat({ content: 'x' } as never);
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(notified).toBe(1);
    expect(writer.store.getSnapshot()).toMatchObject({ likeTotal: 2 });
    unsubscribe();
    unsubscribe();
    expect(calls).toEqual([true, false]);
  });

  it('has a constant idle server snapshot', () => {
    const { writer } = make();
    const server = writer.store.getServerSnapshot();
    writer.setState({ status: 'connected', attempt: 0 });
    expect(writer.store.getServerSnapshot()).toBe(server);
    expect(server).toMatchObject({ uniqueId: 'someone', status: 'idle', recentChat: [] });
  });
});

describe('store and manual controls against the simulator', () => {
  it('opens the socket for the first store listener and fills the snapshot', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live('silent_creator');
    let notifications = 0;
    const unsubscribe = live.store.subscribe(() => (notifications += 1));
    await waitFor(() => live.store.getSnapshot().status === 'connected', 'connected');
    sim.inject('silent_creator', [
      { type: 'WebcastChatMessage', data: { comment: 'hi', user: v2User(1, 'a') } },
      { type: 'WebcastLikeMessage', data: { likeCount: 3, totalLikeCount: 99, user: v2User(2, 'b') } },
      { type: 'WebcastRoomUserSeqMessage', data: { viewerCount: 42 } },
    ]);
    await waitFor(() => live.store.getSnapshot().viewerCount === 42, 'viewer count');
    const snapshot = live.store.getSnapshot();
    expect(snapshot).toMatchObject({ status: 'connected', likeTotal: 99, isLive: true, viewerCount: 42 });
    expect(snapshot.roomInfo).toBeDefined();
    expect(snapshot.recentChat.map((m) => m.content)).toEqual(['hi']);
    expect(notifications).toBeGreaterThan(0);
    unsubscribe();
    await waitFor(() => sim.stats().sockets === 0, 'socket closed');
  });

  it('connect() holds the socket without subscribers; disconnect() closes it and completes streams', async ({ sim, newClient }) => {
    const client = newClient({ keepAliveMs: 10_000 });
    const live = client.live('silent_creator');
    live.connect();
    live.connect();
    await waitFor(() => live.store.getSnapshot().status === 'connected', 'connected');
    const chat = record(live.chat$);
    expect(sim.stats().sockets).toBe(1);
    live.disconnect();
    expect(chat.completed).toBe(true);
    expect(live.store.getSnapshot().status).toBe('idle');
    // Closed at once, despite the 10 s grace period.
    await waitFor(() => sim.stats().sockets === 0, { what: 'socket closed', timeout: 2000 });
    // New subscriptions start afresh.
    const state = record(live.state$);
    await waitFor(() => state.values.some((s) => s.status === 'connected'), 'connected again');
    expect(sim.handshakes).toHaveLength(2);
    state.subscription.unsubscribe();
  });

  it('reconnect() while connected starts over on a new socket', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state, chat } = await recordConnected(live, { chat: 'chat$' });
    live.reconnect();
    await waitFor(() => state.values.filter((s) => s.status === 'connected').length === 2, 'connected again');
    expect(sim.handshakes).toHaveLength(2);
    await waitFor(() => sim.stats().sockets === 1, 'old socket closed');
    expect(chat.completed).toBe(false);
  });

  it('client.close() completes every stream and closes every socket', async ({ sim, newClient }) => {
    const client = newClient();
    const a = record(client.live('silent_creator').chat$);
    const b = record(client.live('second_creator').state$);
    await waitFor(() => sim.stats().sockets === 2, 'two sockets');
    client.close();
    expect(a.completed).toBe(true);
    expect(b.completed).toBe(true);
    await waitFor(() => sim.stats().sockets === 0, 'sockets closed');
  });
});
