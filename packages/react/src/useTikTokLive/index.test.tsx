// @vitest-environment happy-dom
import { Component, type ReactNode } from 'react';
import { describe, expect, vi } from 'vitest';
import { chatItem, handshakes, liveTest as it, openSockets, sleep, waitFor, type Mounted } from '../testing/harness.js';
import { useTikTokLive, type UseTikTokLiveOptions, type UseTikTokLiveReturn } from './index.js';

const ID = 'silent_creator';
const OTHER = 'second_creator';

/** Renders the hook's state; `onRender` sees every committed return value. */
function Live(props: { id: string | undefined; options?: UseTikTokLiveOptions; onRender?: (live: UseTikTokLiveReturn) => void }): ReactNode {
  const live = useTikTokLive(props.id, props.options);
  props.onRender?.(live);
  return (
    <div>
      <p data-testid="status">{live.status}</p>
      <p data-testid="id">{live.uniqueId}</p>
      <p data-testid="title">{live.roomInfo?.raw?.title ?? ''}</p>
      <ul data-testid="chat">
        {live.recentChat.map((m, i) => (
          <li key={i}>{m.content}</li>
        ))}
      </ul>
    </div>
  );
}

const connected = (view: Mounted): boolean => view.text('status') === 'connected';

describe('useTikTokLive', () => {
  it('opens one socket under StrictMode', async ({ sim, client, mount }) => {
    const subscribe = vi.spyOn(client.live(ID).store, 'subscribe');
    const view = mount(<Live id={ID} />, { client });
    await waitFor(() => connected(view), 'status connected');
    // StrictMode really did subscribe → unsubscribe → subscribe…
    expect(subscribe.mock.calls.length).toBeGreaterThanOrEqual(2);
    // Past the grace period: a socket left over from the double mount would be closed by now,
    // a second one would still be open.
    await sleep(3 * 100);
    expect(sim.stats().byCreator[ID]).toBe(1);
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('renders snapshot updates: status, room title, injected chat', async ({ sim, client, mount }) => {
    const view = mount(<Live id={ID} />, { client });
    expect(view.text('status')).not.toBe('connected');
    await waitFor(() => connected(view), 'status connected');
    await waitFor(() => view.text('title') === 'Silent test room', 'room title');
    sim.inject(ID, [chatItem('hello'), chatItem('world', 2)]);
    await waitFor(() => view.text('chat') === 'helloworld', 'chat messages rendered');
  });

  it('does NOT reconnect when the onChat handler changes', async ({ sim, client, mount }) => {
    const seen: string[] = [];
    const subscribe = vi.spyOn(client.live(ID).chat$, 'subscribe');
    // A new inline handler on every render, closing over `label`.
    const Chatty = ({ label }: { label: string }): ReactNode => <Live id={ID} options={{ onChat: (m) => seen.push(`${label}:${m.content}`) }} />;
    const view = mount(<Chatty label="v1" />, { client });
    await waitFor(() => connected(view), 'status connected');
    sim.inject(ID, [chatItem('one')]);
    await waitFor(() => seen.length === 1, 'first chat');

    const subscriptionsBefore = subscribe.mock.calls.length;
    view.rerender(<Chatty label="v2" />);
    await sleep(50);
    // The new handler is used without resubscribing the stream.
    expect(subscribe.mock.calls.length).toBe(subscriptionsBefore);
    sim.inject(ID, [chatItem('two')]);
    await waitFor(() => seen.length === 2, 'second chat');

    // The latest handler got the second message, exactly once (StrictMode included).
    expect(seen).toEqual(['v1:one', 'v2:two']);
    expect(handshakes(sim, ID)).toBe(1);
    expect(openSockets(sim, ID)).toBe(1);
  });

  it('reconnects when uniqueId changes', async ({ sim, client, mount }) => {
    const view = mount(<Live id={ID} />, { client });
    await waitFor(() => connected(view), 'first creator connected');
    expect(openSockets(sim, ID)).toBe(1);

    view.rerender(<Live id={OTHER} />);
    // The old id's snapshot is never shown for the new id.
    expect(view.text('id')).not.toBe('');
    await waitFor(() => view.text('id') === OTHER && connected(view), 'second creator connected');
    await waitFor(() => openSockets(sim, ID) === 0, 'old socket closed after the grace period');
    expect(openSockets(sim, OTHER)).toBe(1);
    expect(handshakes(sim, OTHER)).toBe(1);
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('closes the socket after the grace period on unmount', async ({ sim, client, mount }) => {
    const view = mount(<Live id={ID} />, { client });
    await waitFor(() => connected(view), 'status connected');
    expect(openSockets(sim, ID)).toBe(1);
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'socket closed');
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('stays idle with no socket when uniqueId is undefined or empty', async ({ sim, client, mount }) => {
    const view = mount(
      <>
        <Live id={undefined} />
        <Live id="  " />
      </>,
      { client },
    );
    await waitFor(() => view.container.querySelectorAll('[data-testid=status]').length === 2, 'rendered');
    await sleep(200);
    const statuses = [...view.container.querySelectorAll('[data-testid=status]')].map((el) => el.textContent);
    expect(statuses).toEqual(['idle', 'idle']);
    expect(sim.handshakes).toHaveLength(0);
  });

  it('stays idle with no socket when enabled is false, and connects once enabled', async ({ sim, client, mount }) => {
    const view = mount(<Live id={ID} options={{ enabled: false }} />, { client });
    await waitFor(() => view.text('status') === 'idle', 'rendered');
    expect(view.text('id')).toBe(ID);
    await sleep(200);
    expect(handshakes(sim, ID)).toBe(0);

    view.rerender(<Live id={ID} options={{ enabled: true }} />);
    await waitFor(() => connected(view), 'connected once enabled');
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('disconnect() closes the socket; reconnect() connects again and callbacks resume', async ({ sim, client, mount }) => {
    let latest: UseTikTokLiveReturn | undefined;
    const seen: string[] = [];
    const view = mount(<Live id={ID} options={{ onChat: (m) => seen.push(m.content ?? '') }} onRender={(l) => (latest = l)} />, { client });
    await waitFor(() => connected(view), 'status connected');

    latest?.disconnect();
    await waitFor(() => view.text('status') === 'idle' && openSockets(sim, ID) === 0, 'idle and closed');

    latest?.reconnect();
    await waitFor(() => connected(view), 'connected again');
    expect(handshakes(sim, ID)).toBe(2);
    sim.inject(ID, [chatItem('after reconnect')]);
    await waitFor(() => seen.includes('after reconnect'), 'callback after reconnect');
    expect(seen).toEqual(['after reconnect']);
  });

  it('shows ended after a stream end, and resumes callbacks after reconnect()', async ({ sim, client, mount }) => {
    let latest: UseTikTokLiveReturn | undefined;
    const ends: number[] = [];
    const seen: string[] = [];
    const view = mount(
      <Live
        id={ID}
        options={{ onChat: (m) => seen.push(m.content ?? ''), onStreamEnd: (e) => ends.push(e.at) }}
        onRender={(l) => (latest = l)}
      />,
      { client },
    );
    await waitFor(() => connected(view), 'status connected');
    sim.endStream(ID);
    await waitFor(() => view.text('status') === 'ended', 'status ended');
    expect(ends).toHaveLength(1);

    sim.setLive(ID, true);
    latest?.reconnect();
    await waitFor(() => connected(view), 'connected again');
    sim.inject(ID, [chatItem('next stream')]);
    await waitFor(() => seen.includes('next stream'), 'callback after reconnect');
  });

  it('returns the same object while nothing changed, and exposes the handle', async ({ client, mount }) => {
    const renders: UseTikTokLiveReturn[] = [];
    const view = mount(<Live id={ID} onRender={(l) => renders.push(l)} />, { client });
    await waitFor(() => connected(view), 'status connected');
    await sleep(50);
    expect(renders.at(-1)?.connection).toBe(client.live(ID));
    const before = renders.at(-1);
    const count = renders.length;
    view.rerender(<Live id={ID} onRender={(l) => renders.push(l)} />);
    await waitFor(() => renders.length > count, 'rerendered');
    expect(renders.at(-1)).toBe(before);
  });

  it('throws a fatal error to the error boundary with throwOnError', async ({ sim, client, mount }) => {
    const caught: unknown[] = [];
    class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
      override state = { error: undefined as unknown };
      static getDerivedStateFromError(error: unknown) {
        return { error };
      }
      override render(): ReactNode {
        if (this.state.error !== undefined) return <p data-testid="boundary">{(this.state.error as Error).name}</p>;
        return this.props.children;
      }
    }
    const view = mount(
      <Boundary>
        <Live id={ID} options={{ throwOnError: true }} />
      </Boundary>,
      { client, root: { onCaughtError: (error) => caught.push(error) } },
    );
    await waitFor(() => connected(view), 'status connected');
    sim.closeSockets(ID, 4403);
    await waitFor(() => view.text('boundary') !== undefined, 'error boundary');
    expect(view.text('boundary')).toBe('PermissionError');
    expect(caught).toHaveLength(1);
  });

  it('shows a fatal error in the state without throwOnError', async ({ sim, client, mount }) => {
    let latest: UseTikTokLiveReturn | undefined;
    const view = mount(<Live id={ID} onRender={(l) => (latest = l)} />, { client });
    await waitFor(() => connected(view), 'status connected');
    sim.closeSockets(ID, 4403);
    await waitFor(() => view.text('status') === 'error', 'status error');
    expect(latest?.error?.name).toBe('PermissionError');
    expect(latest?.closeCode).toBe(4403);
  });

  it('throws a TypeError for a uniqueId that is not a TikTok handle', ({ client, mount }) => {
    const errors: unknown[] = [];
    mount(<Live id="not a handle!" />, { client, root: { onUncaughtError: (error) => errors.push(error) } });
    return waitFor(() => errors.length > 0, 'render error').then(() => {
      expect(errors[0]).toBeInstanceOf(TypeError);
      expect(String(errors[0])).toMatch(/not a TikTok handle/);
    });
  });
});
