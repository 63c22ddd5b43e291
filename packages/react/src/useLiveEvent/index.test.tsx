// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { Subject, type Observable } from 'rxjs';
import { describe, expect, vi } from 'vitest';
import { chatItem, handshakes, liveTest as it, openSockets, sleep, waitFor } from '../testing/harness.js';
import { useTikTokLive } from '../useTikTokLive/index.js';
import { useLiveEvent, type UseLiveEventOptions } from './index.js';

const ID = 'silent_creator';

function Listener<T>(props: { source$: Observable<T> | undefined; handler: (value: T) => void; options?: UseLiveEventOptions }): ReactNode {
  useLiveEvent(props.source$, props.handler, props.options);
  return null;
}

describe('useLiveEvent', () => {
  it('receives injected chat from a connection stream', async ({ sim, client, mount }) => {
    const seen: string[] = [];
    function Chat(): ReactNode {
      const { connection, status } = useTikTokLive(ID);
      useLiveEvent(connection?.chat$, (m) => seen.push(`${m.user?.displayId}: ${m.content}`));
      return <p data-testid="status">{status}</p>;
    }
    const view = mount(<Chat />, { client });
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(ID, [chatItem('hi', 1), chatItem('there', 2)]);
    await waitFor(() => seen.length === 2, 'two chats');
    expect(seen).toEqual(['user1: hi', 'user2: there']);
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('opens the socket by itself and releases it on unmount', async ({ sim, client, mount }) => {
    const seen: string[] = [];
    const view = mount(<Listener source$={client.live(ID).chat$} handler={(m) => seen.push(m.content ?? '')} />);
    await waitFor(() => openSockets(sim, ID) === 1, 'socket open');
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'socket closed after the grace period');
  });

  it('calls the latest handler without resubscribing', async ({ mount }) => {
    const source = new Subject<number>();
    const subscribe = vi.spyOn(source, 'subscribe');
    const seen: string[] = [];
    const view = mount(<Listener source$={source} handler={(n) => seen.push(`a${n}`)} />);
    await waitFor(() => source.observed, 'subscribed');
    source.next(1);
    const calls = subscribe.mock.calls.length;
    view.rerender(<Listener source$={source} handler={(n) => seen.push(`b${n}`)} />);
    await sleep(50);
    source.next(2);
    expect(seen).toEqual(['a1', 'b2']);
    expect(subscribe.mock.calls.length).toBe(calls);
  });

  it('switches to a new source and unsubscribes the old one; undefined subscribes to nothing', async ({ mount }) => {
    const first = new Subject<string>();
    const second = new Subject<string>();
    const seen: string[] = [];
    const handler = (value: string): void => void seen.push(value);
    const view = mount(<Listener source$={first} handler={handler} />);
    await waitFor(() => first.observed, 'first subscribed');
    view.rerender(<Listener source$={second} handler={handler} />);
    await waitFor(() => second.observed && !first.observed, 'switched');
    first.next('old');
    second.next('new');
    view.rerender(<Listener source$={undefined} handler={handler} />);
    await waitFor(() => !second.observed, 'unsubscribed');
    expect(seen).toEqual(['new']);
  });

  it('reports errors and completion to the optional callbacks, and swallows errors without them', async ({ mount }) => {
    const withCallbacks = new Subject<number>();
    const without = new Subject<number>();
    const events: string[] = [];
    const unhandled = vi.fn();
    process.on('uncaughtException', unhandled);
    try {
      mount(
        <>
          <Listener source$={withCallbacks} handler={() => {}} options={{ onError: (e) => events.push(`error ${String(e)}`), onComplete: () => events.push('complete') }} />
          <Listener source$={without} handler={() => {}} />
        </>,
      );
      await waitFor(() => withCallbacks.observed && without.observed, 'subscribed');
      withCallbacks.error('boom');
      without.error(new Error('ignored'));
      await sleep(50);
      expect(events).toEqual(['error boom']);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', unhandled);
    }
  });
});
