import { chatItem } from '@tiktok-live-rx/test-utils';
import { describe, expect } from 'vitest';
import { liveTest as it, waitFor } from '../testing/liveTestHarness.js';
import type { LiveSnapshot } from '../types.js';
import { bindLiveConnection } from './bindLiveConnection.js';

const ID = 'silent_creator';

describe('bindLiveConnection', () => {
  it('hands over the current snapshot at once, then every change, and the wanted callbacks, until released', async ({ sim, newClient }) => {
    const connection = newClient().live(ID);
    const snapshots: LiveSnapshot[] = [];
    const chats: string[] = [];
    const release = bindLiveConnection(connection, (snapshot) => snapshots.push(snapshot), ['onChat'], () => ({ onChat: (m) => chats.push(String(m.content)) }));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toBe(connection.store.getSnapshot());

    await waitFor(() => snapshots.at(-1)?.status === 'connected', 'connected');
    sim.inject(ID, [chatItem('hello')]);
    await waitFor(() => chats.length === 1 && snapshots.at(-1)?.recentChat.length === 1, 'chat in callback and snapshot');
    expect(chats).toEqual(['hello']);

    release();
    const seen = snapshots.length;
    // Another holder keeps the socket, so a later chat still reaches the store; the released binding sees none of it.
    const other = connection.store.subscribe(() => {});
    await waitFor(() => {
      sim.inject(ID, [chatItem('after release')]);
      return connection.store.getSnapshot().recentChat.some((m) => m.content === 'after release');
    }, 'a chat after the release reaches the store');
    other();
    expect(snapshots).toHaveLength(seen);
    expect(chats).toEqual(['hello']);
  });
});
