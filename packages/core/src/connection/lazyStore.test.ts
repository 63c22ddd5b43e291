import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { idleSnapshot } from '../idleSnapshot.js';
import { createLiveStore, type LiveStoreInput } from '../liveStore.js';
import type { LiveStore } from '../types.js';
import { createLazyStore } from './lazyStore.js';

/** A real store behind a loader the test resolves by hand; counts the feed's holders. */
function setup() {
  const idle = idleSnapshot('someone');
  let holders = 0;
  const source$ = new Observable<LiveStoreInput>(() => {
    holders += 1;
    return () => (holders -= 1);
  });
  const writer = createLiveStore({ uniqueId: 'someone', recentChatLimit: 5, idle, source$, schedule: (flush) => flush() });
  const loads: Array<{ resolve: (store: LiveStore) => void; reject: (error: unknown) => void }> = [];
  const load = vi.fn(
    () =>
      new Promise<LiveStore>((resolve, reject) => {
        loads.push({ resolve, reject });
      }),
  );
  const store = createLazyStore(idle, load);
  return { idle, writer, load, loads, store, holders: () => holders };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLazyStore', () => {
  it('serves the idle snapshot until loaded, loads once, then attaches the waiting listeners and holds the feed from then on', async () => {
    const { idle, writer, load, loads, store, holders } = setup();
    expect(store.getServerSnapshot()).toBe(idle);
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe(a);
    store.subscribe(b);
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBe(idle);
    expect(holders()).toBe(0);

    writer.setState({ status: 'connecting', attempt: 0 });
    loads[0]!.resolve(writer.store);
    await tick();
    expect(holders()).toBe(1);
    // The snapshot moved past the idle one while loading: each listener hears it once.
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().status).toBe('connecting');
    expect(store.getServerSnapshot()).toBe(idle);

    writer.addChat({ comment: 'hi' } as never);
    expect(a).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().recentChat).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not notify when nothing changed, and never attaches a listener that left before the load', async () => {
    const { idle, writer, loads, store, holders } = setup();
    const stays = vi.fn();
    const leaves = vi.fn();
    store.subscribe(stays);
    const unsubscribe = store.subscribe(leaves);
    unsubscribe();
    unsubscribe();
    loads[0]!.resolve(writer.store);
    await tick();
    expect(store.getSnapshot()).toBe(idle);
    expect(stays).not.toHaveBeenCalled();
    writer.setIsLive(true);
    expect(stays).toHaveBeenCalledTimes(1);
    expect(leaves).not.toHaveBeenCalled();
    expect(holders()).toBe(1);
  });

  it('releases the feed when the last listener leaves, before or after the load', async () => {
    const { writer, loads, store, holders } = setup();
    const unsubscribe = store.subscribe(() => undefined);
    unsubscribe();
    loads[0]!.resolve(writer.store);
    await tick();
    expect(holders()).toBe(0);
    const again = store.subscribe(() => undefined);
    expect(holders()).toBe(1);
    again();
    expect(holders()).toBe(0);
  });

  it('starts loading on the first getSnapshot() too, without holding the feed', async () => {
    const { idle, writer, load, loads, store, holders } = setup();
    expect(store.getSnapshot()).toBe(idle);
    expect(load).toHaveBeenCalledTimes(1);
    writer.setViewerCount(7);
    loads[0]!.resolve(writer.store);
    await tick();
    expect(store.getSnapshot().viewerCount).toBe(7);
    expect(holders()).toBe(0);
  });

  it('stays idle when the load fails, and the next use tries again', async () => {
    const { idle, writer, load, loads, store, holders } = setup();
    const first = vi.fn();
    store.subscribe(first);
    loads[0]!.reject(new Error('chunk failed'));
    await tick();
    expect(store.getSnapshot()).toBe(idle);
    expect(load).toHaveBeenCalledTimes(2);
    writer.setState({ status: 'connecting', attempt: 0 });
    loads[1]!.resolve(writer.store);
    await tick();
    expect(holders()).toBe(1);
    expect(first).toHaveBeenCalledTimes(1);
  });
});
