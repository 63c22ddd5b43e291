// @vitest-environment happy-dom
import { afterEach, describe, expect, vi } from 'vitest';
import { effectScope, h, nextTick, ref } from 'vue';
import { chatItem, handshakes, liveTest, openSockets, sleep, waitFor, type Mounted } from '../testing/harness.js';
import { useTikTokLive, type UseTikTokLiveOptions, type UseTikTokLiveReturn } from './index.js';

const ID = 'silent_creator';
const OTHER = 'second_creator';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * `liveTest` plus `mountLive(id, options?)`: mounts a component that renders the composable's
 * state; returns what the composable returned and the mounted view.
 */
const it = liveTest.extend('mountLive', ({ client, mount }) => {
  return (id: Parameters<typeof useTikTokLive>[0], options?: UseTikTokLiveOptions): { live: UseTikTokLiveReturn; view: Mounted } => {
    let live: UseTikTokLiveReturn | undefined;
    const view = mount(
      () => {
        live = useTikTokLive(id, options);
        const { status, uniqueId, roomInfo, recentChat } = live;
        return () =>
          h('div', [
            h('p', { 'data-testid': 'status' }, status.value),
            h('p', { 'data-testid': 'id' }, uniqueId.value),
            h('p', { 'data-testid': 'title' }, roomInfo.value?.raw?.title ?? ''),
            h('ul', { 'data-testid': 'chat' }, recentChat.value.map((m) => h('li', m.content))),
          ]);
      },
      { client },
    );
    if (live === undefined) throw new Error('setup did not run');
    return { live, view };
  };
});

const connected = (view: Mounted): boolean => view.text('status') === 'connected';

describe('useTikTokLive (Vue)', () => {
  it('renders snapshot updates: status, room title, injected chat', async ({ sim, client, mountLive }) => {
    const { live, view } = mountLive(ID);
    expect(live.status.value).not.toBe('connected');
    await waitFor(() => connected(view), 'status connected');
    await waitFor(() => view.text('title') === 'Silent test room', 'room title');
    sim.inject(ID, [chatItem('hello'), chatItem('world', 2)]);
    await waitFor(() => view.text('chat') === 'helloworld', 'chat rendered');
    expect(live.snapshot.value.recentChat.map((m) => m.content)).toEqual(['hello', 'world']);
    expect(live.connection.value).toBe(client.live(ID));
    expect(openSockets(sim, ID)).toBe(1);
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('tears down the old subscription first when the id ref changes', async ({ sim, client, mountLive }) => {
    const order: string[] = [];
    for (const creator of [ID, OTHER]) {
      const store = client.live(creator).store;
      const original = store.subscribe.bind(store);
      vi.spyOn(store, 'subscribe').mockImplementation((listener) => {
        order.push(`subscribe ${creator}`);
        const unsubscribe = original(listener);
        return () => {
          order.push(`unsubscribe ${creator}`);
          unsubscribe();
        };
      });
    }
    const id = ref<string | undefined>(ID);
    const { view } = mountLive(id);
    await waitFor(() => connected(view), 'first creator connected');

    id.value = OTHER;
    await waitFor(() => view.text('id') === OTHER && connected(view), 'second creator connected');
    expect(order).toEqual([`subscribe ${ID}`, `unsubscribe ${ID}`, `subscribe ${OTHER}`]);
    await waitFor(() => openSockets(sim, ID) === 0, 'old socket closed after the grace period');
    expect(openSockets(sim, OTHER)).toBe(1);

    id.value = undefined;
    await waitFor(() => view.text('status') === 'idle' && openSockets(sim, OTHER) === 0, 'idle, socket closed');
    expect(order.at(-1)).toBe(`unsubscribe ${OTHER}`);
    expect(handshakes(sim, ID)).toBe(1);
    expect(handshakes(sim, OTHER)).toBe(1);
  });

  it('closes the socket after the grace period on unmount', async ({ sim, mountLive }) => {
    const { view } = mountLive(ID);
    await waitFor(() => connected(view), 'status connected');
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'socket closed');
  });

  it('stays idle with no socket for undefined/empty ids and while enabled is false', async ({ sim, client, mount, mountLive }) => {
    const enabled = ref(false);
    const { live, view } = mountLive(() => ID, { enabled });
    let empty: UseTikTokLiveReturn | undefined;
    const other = mount(
      () => {
        empty = useTikTokLive('', {});
        return () => h('p', empty?.status.value);
      },
      { client },
    );
    await sleep(200);
    expect(live.status.value).toBe('idle');
    expect(live.uniqueId.value).toBe(ID);
    expect(empty?.status.value).toBe('idle');
    expect(empty?.connection.value).toBeUndefined();
    expect(sim.handshakes).toHaveLength(0);
    other.unmount();

    enabled.value = true;
    await waitFor(() => connected(view), 'connected once enabled');
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('disconnect() closes the socket; reconnect() connects again and callbacks resume', async ({ sim, mountLive }) => {
    const seen: string[] = [];
    const { live, view } = mountLive(ID, { onChat: (m) => seen.push(m.content ?? '') });
    await waitFor(() => connected(view), 'status connected');
    sim.inject(ID, [chatItem('first')]);
    await waitFor(() => seen.length === 1, 'first chat');

    live.disconnect();
    await waitFor(() => live.status.value === 'idle' && openSockets(sim, ID) === 0, 'idle and closed');
    live.reconnect();
    await waitFor(() => connected(view), 'connected again');
    sim.inject(ID, [chatItem('second')]);
    await waitFor(() => seen.length === 2, 'callback after reconnect');
    expect(seen).toEqual(['first', 'second']);
    expect(handshakes(sim, ID)).toBe(2);
  });

  it('shows a fatal error in the state', async ({ sim, mountLive }) => {
    const { live, view } = mountLive(ID);
    await waitFor(() => connected(view), 'status connected');
    sim.closeSockets(ID, 4403);
    await waitFor(() => live.status.value === 'error', 'status error');
    expect(live.error.value?.name).toBe('PermissionError');
    expect(live.closeCode.value).toBe(4403);
  });

  it('returns read-only state', ({ mountLive }) => {
    const { live } = mountLive(ID);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The returned object is shallow-readonly (Vue warns and ignores the write)…
    (live as { status: unknown }).status = 'x';
    expect(warn.mock.calls.some(([message]) => /readonly/.test(String(message)))).toBe(true);
    // …and each field is a getter ref.
    expect(() => ((live.status as { value: unknown }).value = 'x')).toThrow(TypeError);
    expect(live.status.value).not.toBe('x');
  });

  it('warns in development without an active scope, and releases everything with an effect scope', async ({ sim, client }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outside = useTikTokLive(undefined, { client });
    expect(outside.status.value).toBe('idle');
    expect(warn.mock.calls.some(([message]) => /useTikTokLive\(\) was called without an active effect scope/.test(String(message)))).toBe(true);

    warn.mockClear();
    const scope = effectScope();
    const live = scope.run(() => useTikTokLive(ID, { client }));
    expect(warn).not.toHaveBeenCalled();
    await waitFor(() => live?.status.value === 'connected', 'connected in a scope');
    scope.stop();
    await waitFor(() => openSockets(sim, ID) === 0, 'socket closed after scope.stop()');
  });

  it('does not warn inside a component', async ({ mountLive }) => {
    const warn = vi.spyOn(console, 'warn');
    mountLive(ID);
    await nextTick();
    expect(warn).not.toHaveBeenCalled();
  });
});
