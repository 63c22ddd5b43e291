// @vitest-environment happy-dom
import type { LiveSource } from '@tiktok-live-rx/core';
import { describe, expect } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { chatItem, clientFor, handshakes, KEEP_ALIVE_MS, liveTest as it, openSockets, waitFor } from './testing/harness.js';
import { TikTokLivePlugin, provideLiveClient } from './plugin.js';
import { useLiveClient } from './useLiveClient/index.js';
import { useTikTokLive } from './useTikTokLive/index.js';

const ID = 'silent_creator';

describe('TikTokLivePlugin / useLiveClient', () => {
  it('creates a client from options, connects through it and closes it when the app unmounts', async ({ sim }) => {
    const el = document.createElement('div');
    let live: ReturnType<typeof useTikTokLive> | undefined;
    const app = createApp(
      defineComponent({
        setup() {
          live = useTikTokLive(ID);
          return () => h('p', live?.status.value);
        },
      }),
    ).use(TikTokLivePlugin, {
      options: {
        url: sim.wsUrl,
        jwt: ({ uniqueId }) => sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 } }),
        keepAliveMs: 60_000,
      },
    });
    app.mount(el);
    await waitFor(() => live?.status.value === 'connected', 'connected');
    expect(openSockets(sim, ID)).toBe(1);
    // The grace period is a minute: only the plugin closing its client releases the socket now.
    app.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'closed with the app');
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('accepts any LiveSource, not only a LiveClient (a relay client works unchanged)', async ({ sim, client, mount }) => {
    const asked: string[] = [];
    // A minimal source that is not a LiveClient: no liveMany, no close.
    const source: LiveSource = { live: (id) => (asked.push(id), client.live(id)) };
    const chats: string[] = [];
    let live: ReturnType<typeof useTikTokLive> | undefined;
    mount(
      () => {
        live = useTikTokLive(ID, { onChat: (m) => chats.push(String(m.content)) });
        return () => h('p', live?.status.value);
      },
      { client: source },
    );
    await waitFor(() => live?.status.value === 'connected', 'connected through the source');
    sim.inject(ID, [chatItem('via source')]);
    await waitFor(() => chats.includes('via source'), 'callback fed');
    expect(asked.every((id) => id === ID)).toBe(true);
    expect(openSockets(sim, ID)).toBe(1);
  });

  it('provides the given client; provideLiveClient overrides it for a subtree; options.client wins', ({ sim, mount }) => {
    const provided = clientFor(sim);
    const subtree = clientFor(sim);
    const explicit = clientFor(sim);
    const seen: LiveSource[] = [];
    const Child = defineComponent({
      setup() {
        seen.push(useLiveClient(), useLiveClient(explicit));
        return () => null;
      },
    });
    mount(
      () => {
        seen.push(useLiveClient());
        return () => h(defineComponent({ setup: () => (provideLiveClient(subtree), () => h(Child)) }));
      },
      { client: provided },
    );
    expect(seen).toEqual([provided, subtree, explicit]);
    for (const c of [provided, subtree, explicit]) c.close();
  });

  it('throws a TypeError without a plugin or client, and for bad plugin options', ({ sim, mount }) => {
    expect(() => useLiveClient()).toThrow(TypeError);
    const errors: unknown[] = [];
    mount(
      () => {
        useTikTokLive(ID);
        return () => null;
      },
      { errors },
    );
    expect(errors[0]).toBeInstanceOf(TypeError);
    expect(String(errors[0])).toMatch(/TikTokLivePlugin/);

    const client = clientFor(sim);
    // @ts-expect-error neither client nor options
    expect(() => createApp({}).use(TikTokLivePlugin, {})).toThrow(/exactly one of/);
    // @ts-expect-error both
    expect(() => createApp({}).use(TikTokLivePlugin, { client, options: { apiKey: 'k' } })).toThrow(/exactly one of/);
    client.close();
  });

  it('keeps an app-provided client open after unmount (the caller owns it)', async ({ sim, mount }) => {
    const client = clientFor(sim, { keepAliveMs: KEEP_ALIVE_MS });
    const view = mount(
      () => {
        const live = useTikTokLive(ID);
        return () => h('p', { 'data-testid': 'status' }, live.status.value);
      },
      { client },
    );
    await waitFor(() => view.text('status') === 'connected', 'connected');
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'released after the grace period');
    // Still usable: the plugin did not close it.
    expect(() => client.live(ID)).not.toThrow();
    client.close();
  });
});
