// @vitest-environment node
import { isServer } from '@tiktok-live-rx/core';
import { describe, expect } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { TikTokLivePlugin } from '../plugin.js';
import { liveTest as it, sleep } from '../testing/harness.js';
import { useLiveEvent } from '../useLiveEvent/index.js';
import { useLiveEvents } from '../useLiveEvents/index.js';
import { useTikTokLive } from './index.js';

const Page = defineComponent({
  setup() {
    const seen: string[] = [];
    const live = useTikTokLive('@Silent_Creator', { onChat: (m) => seen.push(m.content ?? '') });
    useLiveEvent(() => live.connection.value?.gift$, () => seen.push('gift'));
    const chat = useLiveEvents(() => live.connection.value?.chat$);
    return () =>
      h('p', `${live.status.value}|${live.uniqueId.value}|${String(live.roomInfo.value === undefined)}|${live.recentChat.value.length}|${chat.value.length}`);
  },
});

describe('useTikTokLive during server rendering', () => {
  it('renders the idle snapshot and opens no socket', async ({ sim, client }) => {
    expect(isServer()).toBe(true);
    const app = createSSRApp(Page).use(TikTokLivePlugin, { client });
    const html = await renderToString(app);
    expect(html).toBe('<p>idle|silent_creator|true|0|0</p>');
    // Let a (wrongly) opened socket reach the simulator before asserting that none did.
    await sleep(300);
    expect(sim.handshakes).toHaveLength(0);
    expect(sim.stats().sockets).toBe(0);
  });
});
