import { chatItem } from '@tiktok-live-rx/test-utils';
import { describe, expect } from 'vitest';
import { liveTest as it, waitFor } from '../testing/liveTestHarness.js';
import type { LiveCallbacks } from './subscribeLiveCallbacks.js';
import { bindLiveCallbacks } from './bindLiveCallbacks.js';

const ID = 'silent_creator';

describe('bindLiveCallbacks', () => {
  it('resubscribes the callbacks after a stream end once reconnect() makes the connection active', async ({ sim, newClient }) => {
    const connection = newClient().live(ID);
    const chats: string[] = [];
    const callbacks: LiveCallbacks = { onChat: (m) => chats.push(String(m.content)) };
    const stop = bindLiveCallbacks(connection, ['onChat'], () => callbacks);
    await waitFor(() => connection.store.getSnapshot().status === 'connected', 'connected');
    sim.inject(ID, [chatItem('before')]);
    await waitFor(() => chats.length === 1, 'first chat');

    sim.endStream(ID);
    await waitFor(() => connection.store.getSnapshot().status === 'ended', 'ended');
    sim.setLive(ID, true);
    connection.reconnect();
    await waitFor(() => connection.store.getSnapshot().status === 'connected', 'connected again');
    // Injected until seen: the callbacks resubscribe on the store notification after 'connecting'.
    await waitFor(() => {
      sim.inject(ID, [chatItem('after')]);
      return chats.includes('after');
    }, 'chat after reconnect');
    expect(chats[0]).toBe('before');
    stop();
  });

  it('does nothing without keys and releases the store listener when stopped', async ({ sim, newClient }) => {
    const connection = newClient().live(ID);
    bindLiveCallbacks(connection, [], () => ({}))();
    expect(sim.stats().byCreator[ID] ?? 0).toBe(0);
    const stop = bindLiveCallbacks(connection, ['onGift'], () => ({}));
    await waitFor(() => sim.stats().byCreator[ID] === 1, 'socket open');
    stop();
    await waitFor(() => (sim.stats().byCreator[ID] ?? 0) === 0, 'socket closed after the grace period');
  });
});
