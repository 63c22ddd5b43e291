// @vitest-environment happy-dom
/**
 * Vue's useTikTokLive works unchanged on the relay client: the plugin takes it as its
 * LiveSource, and a component renders the relayed creator.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { TikTokLivePlugin, useTikTokLive } from '@tiktok-live-rx/vue';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

const ID = 'silent_creator';
let bed: RelayTestBed;
beforeEach(async () => {
  bed = await startRelayTestBed();
});
afterEach(async () => {
  await bed.close();
});

describe('relay with Vue', () => {
  it('useTikTokLive renders a relayed creator (status, room title, chat)', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);

    const Room = defineComponent(() => {
      const { status, roomInfo, recentChat } = useTikTokLive(ID);
      return () =>
        h('div', [
          h('p', { id: 'status' }, status.value),
          h('h1', { id: 'title' }, roomInfo.value?.raw?.title ?? ''),
          h('ul', { id: 'chat' }, recentChat.value.map((m) => h('li', m.content))),
        ]);
    });
    const el = document.createElement('div');
    document.body.append(el);
    const app = createApp(Room).use(TikTokLivePlugin, { client: bed.newRelayClient() });
    app.mount(el);
    try {
      const text = (selector: string): string => el.querySelector(selector)?.textContent ?? '';
      await waitFor(() => text('#status') === 'connected', { what: 'connected', timeout: 15_000 });
      await waitFor(() => text('#title') === 'Silent test room', { what: 'room title', timeout: 10_000 });
      bed.sim.inject(ID, [chatItem('hello vue', 1)]);
      await waitFor(() => el.querySelectorAll('#chat li').length === 1, { what: 'chat rendered', timeout: 10_000 });
      expect(text('#chat li')).toBe('hello vue');
    } finally {
      app.unmount();
    }
  });
});
