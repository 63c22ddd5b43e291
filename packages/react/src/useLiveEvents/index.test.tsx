// @vitest-environment happy-dom
import { useEffect, type ReactNode } from 'react';
import { Subject, type Observable } from 'rxjs';
import { describe, expect, vi } from 'vitest';
import { chatItem, liveTest as it, sleep, waitFor } from '../testing/harness.js';
import { useTikTokLive } from '../useTikTokLive/index.js';
import { useLiveEvents, type UseLiveEventsOptions } from './index.js';

const ID = 'silent_creator';

/** Renders the buffered list; `commits` receives each distinct array React committed. */
function Feed<T>(props: { source$: Observable<T> | undefined; options?: UseLiveEventsOptions; commits: (readonly T[])[] }): ReactNode {
  const items = useLiveEvents(props.source$, props.options);
  const { commits } = props;
  useEffect(() => {
    if (commits.at(-1) !== items) commits.push(items);
  }, [items, commits]);
  return <p data-testid="count">{items.length}</p>;
}

describe('useLiveEvents', () => {
  it('keeps the last `limit` messages of a burst, in order, in a few renders', async ({ sim, client, mount }) => {
    const commits: (readonly { content?: string }[])[] = [];
    function Chat(): ReactNode {
      const { connection, status } = useTikTokLive(ID);
      return (
        <>
          <p data-testid="status">{status}</p>
          <Feed source$={connection?.chat$} options={{ limit: 50 }} commits={commits} />
        </>
      );
    }
    const view = mount(<Chat />, { client });
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(
      ID,
      Array.from({ length: 250 }, (_, i) => chatItem(`m${i}`, i)),
    );
    await waitFor(() => commits.at(-1)?.at(-1)?.content === 'm249', 'last message rendered');
    const last = commits.at(-1) ?? [];
    expect(last).toHaveLength(50);
    expect(last.map((m) => m.content)).toEqual(Array.from({ length: 50 }, (_, i) => `m${200 + i}`));
    // 250 events in one bundle: one batch, not 250 renders (the first commit is the empty list).
    expect(commits.length).toBeLessThanOrEqual(3);
  });

  it('lands a batch in the same commit as the snapshot change it belongs to', async ({ sim, client, mount }) => {
    const commits: string[] = [];
    function Panel(): ReactNode {
      const { connection, status, recentChat } = useTikTokLive(ID);
      const chats = useLiveEvents(connection?.chat$);
      const pair = `${recentChat.length}/${chats.length}`;
      // StrictMode runs mount effects twice: record changes only.
      useEffect(() => void (commits.at(-1) !== pair && commits.push(pair)), [pair]);
      return <p data-testid="status">{status}</p>;
    }
    const view = mount(<Panel />, { client });
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(ID, Array.from({ length: 5 }, (_, i) => chatItem(`m${i}`, i)));
    await waitFor(() => commits.at(-1) === '5/5', 'both show the bundle');
    // Never the snapshot without the list, or the list without the snapshot.
    expect(commits).toEqual(['0/0', '5/5']);
  });

  it('loses nothing across several batches below the limit', async ({ mount }) => {
    const source = new Subject<number>();
    const commits: (readonly number[])[] = [];
    mount(<Feed source$={source} options={{ limit: 1000, batch: 5 }} commits={commits} />);
    await waitFor(() => source.observed, 'subscribed');
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 30; i++) source.next(round * 30 + i);
      await sleep(2);
    }
    await waitFor(() => commits.at(-1)?.length === 300, 'all 300 rendered');
    expect(commits.at(-1)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('applies a lowered limit at once without resubscribing', async ({ mount }) => {
    const source = new Subject<number>();
    const commits: (readonly number[])[] = [];
    const view = mount(<Feed source$={source} options={{ limit: 10 }} commits={commits} />);
    await waitFor(() => source.observed, 'subscribed');
    for (let i = 0; i < 8; i++) source.next(i);
    await waitFor(() => commits.at(-1)?.length === 8, 'eight items');
    const subscribe = vi.spyOn(source, 'subscribe');
    view.rerender(<Feed source$={source} options={{ limit: 3 }} commits={commits} />);
    await waitFor(() => commits.at(-1)?.length === 3, 'trimmed');
    expect(commits.at(-1)).toEqual([5, 6, 7]);
    source.next(8);
    await waitFor(() => commits.at(-1)?.at(-1) === 8, 'next batch');
    expect(commits.at(-1)).toEqual([6, 7, 8]);
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('starts empty for a new source and for undefined', async ({ mount }) => {
    const first = new Subject<string>();
    const second = new Subject<string>();
    const commits: (readonly string[])[] = [];
    const view = mount(<Feed source$={first} commits={commits} />);
    await waitFor(() => first.observed, 'subscribed');
    first.next('a');
    await waitFor(() => view.text('count') === '1', 'one item');

    view.rerender(<Feed source$={second} commits={commits} />);
    await waitFor(() => second.observed && !first.observed, 'switched');
    expect(view.text('count')).toBe('0');
    second.next('b');
    await waitFor(() => commits.at(-1)?.join() === 'b', 'only the new source');

    view.rerender(<Feed source$={undefined} commits={commits} />);
    await waitFor(() => view.text('count') === '0' && !second.observed, 'empty');
  });

  it('throws a TypeError for an invalid limit or batch', async ({ mount }) => {
    const errors: unknown[] = [];
    const source = new Subject<number>();
    mount(
      <>
        <Feed source$={source} options={{ limit: 0 }} commits={[]} />
      </>,
      { root: { onUncaughtError: (error) => errors.push(error) } },
    );
    await waitFor(() => errors.length > 0, 'render error');
    expect(errors[0]).toBeInstanceOf(TypeError);
    expect(String(errors[0])).toMatch(/limit must be a positive integer/);

    const more: unknown[] = [];
    const other = mount(<Feed source$={source} options={{ batch: -1 }} commits={[]} />, { root: { onUncaughtError: (error) => more.push(error) } });
    await waitFor(() => more.length > 0, 'render error');
    other.unmount();
    expect(String(more[0])).toMatch(/batch must be 'frame' or a number/);
  });
});
