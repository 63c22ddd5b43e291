import { afterEach, describe, expect, it } from 'vitest';
import { setIsServer } from './environment.js';
import { createNotifyManager, defaultNotifyScheduler } from './notifyManager.js';

afterEach(() => {
  setIsServer(undefined);
  delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
});

describe('createNotifyManager', () => {
  it('runs every callback queued before a flush in one batch, in order', () => {
    const flushes: Array<() => void> = [];
    const manager = createNotifyManager();
    manager.setScheduler((flush) => flushes.push(flush));
    const seen: string[] = [];
    manager.schedule(() => seen.push('a'));
    manager.schedule(() => seen.push('b'));
    expect(flushes).toHaveLength(1);
    expect(seen).toEqual([]);
    flushes[0]!();
    expect(seen).toEqual(['a', 'b']);
    manager.schedule(() => seen.push('c'));
    expect(flushes).toHaveLength(2);
  });

  it('keeps notifying the rest of a batch when one callback throws', async () => {
    const manager = createNotifyManager();
    let flush: (() => void) | undefined;
    manager.setScheduler((f) => (flush = f));
    const seen: string[] = [];
    manager.schedule(() => {
      throw new Error('listener failed');
    });
    manager.schedule(() => seen.push('after'));
    const rethrown = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
    flush!();
    expect(seen).toEqual(['after']);
    expect(String(await rethrown)).toMatch(/listener failed/);
  });

  it('delivers in a microtask by default where there is no animation frame (Node)', async () => {
    const manager = createNotifyManager();
    const seen: number[] = [];
    manager.schedule(() => seen.push(1));
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([1]);
  });
});

describe('defaultNotifyScheduler', () => {
  it('uses requestAnimationFrame in a browser and a microtask on the server', async () => {
    const frames: Array<() => void> = [];
    (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (cb: () => void) => frames.push(cb);
    setIsServer(false);
    const seen: string[] = [];
    defaultNotifyScheduler(() => seen.push('frame'));
    await Promise.resolve();
    expect(seen).toEqual([]);
    frames[0]!();
    expect(seen).toEqual(['frame']);

    setIsServer(true);
    defaultNotifyScheduler(() => seen.push('microtask'));
    await Promise.resolve();
    expect(seen).toEqual(['frame', 'microtask']);
    expect(frames).toHaveLength(1);
  });
});
