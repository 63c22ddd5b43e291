import { describe, expect, it } from 'vitest';
import { IDLE_SNAPSHOT, idleSnapshot } from './idleSnapshot.js';
import { createLiveStore } from './liveStore.js';

describe('idleSnapshot', () => {
  it('is a frozen idle snapshot for the id, with an empty frozen chat list', () => {
    const snapshot = idleSnapshot('someone');
    expect(snapshot).toMatchObject({ uniqueId: 'someone', status: 'idle', attempt: 0, recentChat: [] });
    // Every other field is present and undefined (error, closeCode, roomInfo, viewerCount, …).
    const defined = Object.entries(snapshot).filter(([, value]) => value !== undefined);
    expect(defined.map(([key]) => key)).toEqual(['uniqueId', 'status', 'attempt', 'recentChat']);
    expect(Object.keys(snapshot)).toHaveLength(11);
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.recentChat)).toBe(true);
  });

  it('has the same fields as a store snapshot, and IDLE_SNAPSHOT is the one without an id', () => {
    const writer = createLiveStore({ uniqueId: 'someone', recentChatLimit: 3 });
    writer.setViewerCount(1);
    expect(Object.keys(idleSnapshot('someone')).sort()).toEqual(Object.keys(writer.store.getSnapshot()).sort());
    expect(writer.store.getServerSnapshot()).toEqual(idleSnapshot('someone'));
    expect(IDLE_SNAPSHOT).toEqual(idleSnapshot(''));
    expect(Object.isFrozen(IDLE_SNAPSHOT)).toBe(true);
  });
});
