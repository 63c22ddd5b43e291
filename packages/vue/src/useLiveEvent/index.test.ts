// @vitest-environment happy-dom
import { Subject, type Observable } from 'rxjs';
import { afterEach, describe, expect, vi } from 'vitest';
import { effectScope, h, shallowRef } from 'vue';
import { chatItem, handshakes, liveTest as it, openSockets, waitFor } from '../testing/harness.js';
import { useTikTokLive } from '../useTikTokLive/index.js';
import { useLiveEvent } from './index.js';

const ID = 'silent_creator';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useLiveEvent (Vue)', () => {
  it('receives injected chat from a connection stream', async ({ sim, client, mount }) => {
    const seen: string[] = [];
    const view = mount(
      () => {
        const { connection, status } = useTikTokLive(ID);
        useLiveEvent(() => connection.value?.chat$, (m) => seen.push(`${m.user?.displayId}: ${m.content}`));
        return () => h('p', { 'data-testid': 'status' }, status.value);
      },
      { client },
    );
    await waitFor(() => view.text('status') === 'connected', 'connected');
    sim.inject(ID, [chatItem('hi', 1), chatItem('there', 2)]);
    await waitFor(() => seen.length === 2, 'two chats');
    expect(seen).toEqual(['user1: hi', 'user2: there']);
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('opens the socket by itself and releases it on unmount', async ({ sim, client, mount }) => {
    const view = mount(() => {
      useLiveEvent(client.live(ID).chat$, () => {});
      return () => null;
    });
    await waitFor(() => openSockets(sim, ID) === 1, 'socket open');
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'socket closed after the grace period');
  });

  it('switches sources through a ref, unsubscribing the old one first', async ({ mount }) => {
    const first = new Subject<string>();
    const second = new Subject<string>();
    const source = shallowRef<Observable<string> | undefined>(first);
    const seen: string[] = [];
    mount(() => {
      useLiveEvent(source, (value) => seen.push(value));
      return () => null;
    });
    expect(first.observed).toBe(true);
    source.value = second;
    await waitFor(() => second.observed && !first.observed, 'switched');
    first.next('old');
    second.next('new');
    source.value = undefined;
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
      mount(() => {
        useLiveEvent(withCallbacks, () => {}, { onError: (e) => events.push(`error ${String(e)}`), onComplete: () => events.push('complete') });
        useLiveEvent(without, () => {});
        return () => null;
      });
      withCallbacks.error('boom');
      without.error(new Error('ignored'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).toEqual(['error boom']);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', unhandled);
    }
  });

  it('returns a stop function and warns without an active scope; no warning inside effectScope', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const source = new Subject<number>();
    const stop = useLiveEvent(source, () => {});
    expect(source.observed).toBe(true);
    expect(warn.mock.calls.some(([message]) => /useLiveEvent\(\) was called without an active effect scope/.test(String(message)))).toBe(true);
    stop();
    expect(source.observed).toBe(false);

    warn.mockClear();
    const scope = effectScope();
    scope.run(() => useLiveEvent(source, () => {}));
    expect(warn).not.toHaveBeenCalled();
    expect(source.observed).toBe(true);
    scope.stop();
    expect(source.observed).toBe(false);
  });
});
