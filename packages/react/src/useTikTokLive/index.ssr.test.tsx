// @vitest-environment node
import { isServer } from '@tiktok-live-rx/core';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect } from 'vitest';
import { TikTokLiveProvider } from '../TikTokLiveProvider.js';
import { liveTest as it, sleep } from '../testing/harness.js';
import { useLiveEvent } from '../useLiveEvent/index.js';
import { useLiveEvents } from '../useLiveEvents/index.js';
import { useTikTokLive } from './index.js';

function Page({ id }: { id: string }): ReactNode {
  const seen: string[] = [];
  const live = useTikTokLive(id, { onChat: (m) => seen.push(m.content ?? '') });
  useLiveEvent(live.connection?.gift$, () => seen.push('gift'));
  const chat = useLiveEvents(live.connection?.chat$);
  return (
<p>{`${live.status}|${live.uniqueId}|${String(live.roomInfo === undefined)}|${live.recentChat.length}|${chat.length}`}</p>
  );
}

describe('useTikTokLive on the server', () => {
  it('renders the idle snapshot and opens no socket', async ({ sim, client }) => {
    expect(isServer()).toBe(true);
    const html = renderToString(
      <TikTokLiveProvider client={client}>
        <Page id="@Silent_Creator" />
      </TikTokLiveProvider>,
    );
    expect(html).toBe('<p>idle|silent_creator|true|0|0</p>');
    // Let a (wrongly) opened socket reach the simulator before asserting that none did.
    await sleep(300);
    expect(sim.handshakes).toHaveLength(0);
    expect(sim.stats().sockets).toBe(0);
  });
});
