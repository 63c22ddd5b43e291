// @vitest-environment happy-dom
import type { LiveClient, LiveSource } from '@tiktok-live-rx/core';
import type { ReactNode } from 'react';
import { describe, expect } from 'vitest';
import { chatItem, clientFor, handshakes, KEEP_ALIVE_MS, liveTest as it, openSockets, waitFor } from './testing/harness.js';
import { TikTokLiveProvider } from './TikTokLiveProvider.js';
import { useLiveClient } from './useLiveClient/index.js';
import { useTikTokLive } from './useTikTokLive/index.js';

const ID = 'silent_creator';

function Status({ id, client }: { id: string; client?: LiveClient }): ReactNode {
  const { status } = useTikTokLive(id, client ? { client } : {});
  return <p data-testid="status">{status}</p>;
}

describe('TikTokLiveProvider / useLiveClient', () => {
  it('creates a client from options and connects through it', async ({ sim, mount }) => {
    const view = mount(
      <TikTokLiveProvider
        options={{
          url: sim.wsUrl,
          jwt: ({ uniqueId }) => sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 } }),
          keepAliveMs: KEEP_ALIVE_MS,
        }}
      >
        <Status id={ID} />
      </TikTokLiveProvider>,
    );
    await waitFor(() => view.text('status') === 'connected', 'connected');
    expect(openSockets(sim, ID)).toBe(1);
    view.unmount();
    await waitFor(() => openSockets(sim, ID) === 0, 'closed after unmount');
    expect(handshakes(sim, ID)).toBe(1);
  });

  it('accepts any LiveSource, not only a LiveClient (a relay client works unchanged)', async ({ sim, client, mount }) => {
    const asked: string[] = [];
    // A minimal source that is not a LiveClient: no liveMany, no close.
    const source: LiveSource = { live: (id) => (asked.push(id), client.live(id)) };
    const chats: string[] = [];
    function Panel(): ReactNode {
      const { status } = useTikTokLive(ID, { onChat: (m) => chats.push(String(m.content)) });
      return <p data-testid="status">{status}</p>;
    }
    const view = mount(<Panel />, { client: source });
    await waitFor(() => view.text('status') === 'connected', 'connected through the source');
    sim.inject(ID, [chatItem('via source')]);
    await waitFor(() => chats.includes('via source'), 'callback fed');
    expect(asked.every((id) => id === ID)).toBe(true);
    expect(openSockets(sim, ID)).toBe(1);
  });

  it('provides the given client, and options.client wins over it', async ({ sim, mount }) => {
    const provided = clientFor(sim);
    const explicit = clientFor(sim);
    const seen: LiveSource[] = [];
    function Probe(): ReactNode {
      seen.push(useLiveClient(), useLiveClient(explicit));
      return null;
    }
    mount(<Probe />, { client: provided });
    await waitFor(() => seen.length >= 2, 'rendered');
    expect(seen[0]).toBe(provided);
    expect(seen[1]).toBe(explicit);
    provided.close();
    explicit.close();
  });

  it('works without a provider when the hook gets options.client', async ({ sim, mount }) => {
    const client = clientFor(sim);
    const view = mount(<Status id={ID} client={client} />);
    await waitFor(() => view.text('status') === 'connected', 'connected');
    client.close();
  });

  it('throws a TypeError without a provider or client', async ({ mount }) => {
    const errors: unknown[] = [];
    mount(<Status id={ID} />, { root: { onUncaughtError: (error) => errors.push(error) } });
    await waitFor(() => errors.length > 0, 'render error');
    expect(errors[0]).toBeInstanceOf(TypeError);
    expect(String(errors[0])).toMatch(/TikTokLiveProvider/);
  });
});
