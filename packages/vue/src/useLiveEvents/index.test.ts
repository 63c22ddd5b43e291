// @vitest-environment happy-dom
import { Subject, type Observable } from 'rxjs';
import { describe, expect } from 'vitest';
import { h, shallowRef, watch } from 'vue';
import { chatItem, liveTest as it, sleep, waitFor } from '../testing/harness.js';
import { useTikTokLive } from '../useTikTokLive/index.js';
import { useLiveEvents } from './index.js';

const ID = 'silent_creator';

describe('useLiveEvents (Vue)', () => {
  it('keeps the last `limit` messages of a burst, in order, in one update', async ({ sim, client, mount }) => {
    const updates: (readonly { content?: string }[])[] = [];
    const view = mount(
      () => {
        const { connection, status } = useTikTokLive(ID);
        const chat = useLiveEvents(() => connection.value?.chat$, { limit: 50 });
        watch(chat, (items) => void updates.push(items));
        return () => h('p', { 'data-testid': 'status' }, status.value);
      },
      { client },
    );
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(
      ID,
      Array.from({ length: 250 }, (_, i) => chatItem(`m${i}`, i)),
    );
    await waitFor(() => updates.at(-1)?.at(-1)?.content === 'm249', 'last message');
    const last = updates.at(-1) ?? [];
    expect(last.map((m) => m.content)).toEqual(Array.from({ length: 50 }, (_, i) => `m${200 + i}`));
    expect(Object.isFrozen(last)).toBe(true);
    // 250 events in one bundle: one update, not 250.
    expect(updates.length).toBeLessThanOrEqual(2);
  });

  it('lands a batch in the same update as the snapshot change it belongs to', async ({ sim, client, mount }) => {
    const renders: string[] = [];
    const view = mount(
      () => {
        const { connection, status, recentChat } = useTikTokLive(ID);
        const chat = useLiveEvents(() => connection.value?.chat$);
        return () => {
          const pair = `${recentChat.value.length}/${chat.value.length}`;
          if (renders.at(-1) !== pair) renders.push(pair);
          return h('p', { 'data-testid': 'status' }, status.value);
        };
      },
      { client },
    );
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(ID, Array.from({ length: 5 }, (_, i) => chatItem(`m${i}`, i)));
    await waitFor(() => renders.at(-1) === '5/5', 'both show the bundle');
    // Never the snapshot without the list, or the list without the snapshot.
    expect(renders).toEqual(['0/0', '5/5']);
  });

  it('loses nothing across several batches below the limit', async ({ mount }) => {
    const source = new Subject<number>();
    let items: { readonly value: readonly number[] } | undefined;
    mount(() => {
      items = useLiveEvents(source, { limit: 1000, batch: 5 });
      return () => null;
    });
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 30; i++) source.next(round * 30 + i);
      await sleep(2);
    }
    await waitFor(() => items?.value.length === 300, 'all 300');
    expect(items?.value).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('starts empty for a new source and for undefined', async ({ mount }) => {
    const first = new Subject<string>();
    const second = new Subject<string>();
    const source = shallowRef<Observable<string> | undefined>(first);
    let items: { readonly value: readonly string[] } | undefined;
    mount(() => {
      items = useLiveEvents(source);
      return () => null;
    });
    first.next('a');
    await waitFor(() => items?.value.length === 1, 'one item');
    source.value = second;
    await waitFor(() => second.observed && !first.observed, 'switched');
    expect(items?.value).toEqual([]);
    second.next('b');
    await waitFor(() => items?.value.join() === 'b', 'only the new source');
    source.value = undefined;
    await waitFor(() => items?.value.length === 0 && !second.observed, 'empty');
  });

  it('throws a TypeError for an invalid limit or batch', () => {
    const source = new Subject<number>();
    expect(() => useLiveEvents(source, { limit: 1.5 })).toThrow(/limit must be a positive integer/);
    expect(() => useLiveEvents(source, { batch: Number.NaN })).toThrow(/batch must be 'frame' or a number/);
    expect(source.observed).toBe(false);
  });
});
