import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createEventBuffer, resolveLiveEventsOptions, EMPTY_EVENTS, type LiveEventsOptions } from './createEventBuffer.js';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createEventBuffer', () => {
  it('subscribes nothing until the first listener and unsubscribes after the last', () => {
    const source = new Subject<number>();
    const buffer = createEventBuffer(source, () => ({ limit: 10, batch: 'frame' }));
    expect(source.observed).toBe(false);
    const a = buffer.subscribe(() => {});
    const b = buffer.subscribe(() => {});
    expect(source.observed).toBe(true);
    a();
    a();
    expect(source.observed).toBe(true);
    b();
    expect(source.observed).toBe(false);
  });

  it('publishes a burst as one batch, keeping the newest `limit` in order', async () => {
    const source = new Subject<number>();
    const buffer = createEventBuffer(source, () => ({ limit: 5, batch: 'frame' }));
    const published: (readonly number[])[] = [];
    buffer.subscribe(() => published.push(buffer.getSnapshot()));
    expect(buffer.getSnapshot()).toBe(EMPTY_EVENTS);
    for (let i = 0; i < 1000; i++) source.next(i);
    expect(published).toEqual([]);
    await settle();
    expect(published).toEqual([[995, 996, 997, 998, 999]]);
    expect(Object.isFrozen(buffer.getSnapshot())).toBe(true);
  });

  it('loses nothing below the limit across batches, with a millisecond batch', async () => {
    const source = new Subject<number>();
    const buffer = createEventBuffer(source, () => ({ limit: 1000, batch: 5 }));
    buffer.subscribe(() => {});
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 30; i++) source.next(round * 30 + i);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(buffer.getSnapshot()).toEqual(Array.from({ length: 150 }, (_, i) => i));
  });

  it('reads the options at each batch, so a new limit applies without resubscribing', async () => {
    const source = new Subject<number>();
    let options: Required<LiveEventsOptions> = { limit: 10, batch: 'frame' };
    const buffer = createEventBuffer(source, () => options);
    buffer.subscribe(() => {});
    for (let i = 0; i < 8; i++) source.next(i);
    await settle();
    options = { limit: 3, batch: 'frame' };
    source.next(8);
    await settle();
    expect(buffer.getSnapshot()).toEqual([6, 7, 8]);
  });

  it('swallows stream errors (they are in the store snapshot)', async () => {
    const source = new Subject<number>();
    const buffer = createEventBuffer(source, () => ({ limit: 10, batch: 'frame' }));
    buffer.subscribe(() => {});
    source.next(1);
    source.error(new Error('fatal'));
    await settle();
    expect(buffer.getSnapshot()).toEqual([1]);
  });
});

describe('resolveLiveEventsOptions', () => {
  it('fills in defaults and rejects a bad limit or batch with a TypeError naming the caller', () => {
    expect(resolveLiveEventsOptions({}, 'x()')).toEqual({ limit: 100, batch: 'frame' });
    expect(() => resolveLiveEventsOptions({ limit: 0 }, 'useLiveEvents()')).toThrow(/^useLiveEvents\(\): limit must be a positive integer/);
    expect(() => resolveLiveEventsOptions({ limit: 1.5 }, 'x()')).toThrow(TypeError);
    expect(() => resolveLiveEventsOptions({ batch: -1 }, 'x()')).toThrow(/batch must be 'frame' or a number/);
    expect(() => resolveLiveEventsOptions({ batch: 'tick' as never }, 'x()')).toThrow(TypeError);
  });
});
