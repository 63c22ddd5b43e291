import { describe, expect } from 'vitest';
import type { LiveEvent, LiveState } from './index.js';
import { liveTest as it, record, recordConnected, sleep, v2Chat, waitFor } from './testing/liveTestHarness.js';

const ID = 'silent_creator';
const countConnected = (states: LiveState[]) => states.filter((s) => s.status === 'connected').length;
const chatTexts = (events: LiveEvent[]) => events.flatMap((e) => (e.type === 'WebcastChatMessage' ? [e.data.content] : []));

describe('msgId de-duplication (on by default)', () => {
  it('drops a repeated msgId in the same bundle and in a later one, before every stream and the store', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live(ID);
    const state = record(live.state$);
    const chat = record(live.chat$);
    const events = record(live.events$);
    const unsubscribe = live.store.subscribe(() => {});
    await waitFor(() => countConnected(state.values) === 1, 'connected');

    sim.inject(ID, [v2Chat('one', '5001'), v2Chat('one again', '5001'), v2Chat('two', '5002')]);
    sim.inject(ID, [v2Chat('one, a third time', '5001'), v2Chat('three', '5003')]);
    await waitFor(() => chat.values.length === 3, 'three chats');
    await sleep(100);
    expect(chat.values.map((m) => m.content)).toEqual(['one', 'two', 'three']);
    expect(chatTexts(events.values)).toEqual(['one', 'two', 'three']);
    expect(live.store.getSnapshot().recentChat.map((m) => m.content)).toEqual(['one', 'two', 'three']);
    unsubscribe();
  });

  it('remembers ids across a reconnect', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { state, chat } = await recordConnected(live, { chat: 'chat$' });
    sim.inject(ID, [v2Chat('before', '6001')]);
    await waitFor(() => chat.values.length === 1, 'first chat');

    sim.dropSockets(ID);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected');
    sim.inject(ID, [v2Chat('replayed by the service', '6001'), v2Chat('after', '6002')]);
    await waitFor(() => chat.values.length === 2, 'new chat');
    await sleep(100);
    expect(chat.values.map((m) => m.content)).toEqual(['before', 'after']);
  });

  it('delivers duplicates with dedupe: false, and ids "0" always pass', async ({ sim, newClient }) => {
    const live = newClient({ dedupe: false }).live(ID);
    const { state, chat } = await recordConnected(live, { chat: 'chat$' });
    sim.inject(ID, [v2Chat('x', '7001'), v2Chat('x again', '7001')]);
    await waitFor(() => chat.values.length === 2, 'both copies');

    const other = newClient();
    try {
      const dedupeOn = other.live('second_creator');
      const otherState = record(dedupeOn.state$);
      const otherChat = record(dedupeOn.chat$);
      await waitFor(() => countConnected(otherState.values) === 1, 'second connected');
      sim.inject('second_creator', [v2Chat('no id', '0'), v2Chat('no id either', '0')]);
      await waitFor(() => otherChat.values.length === 2, 'both id-less chats');
    } finally {
      other.close();
    }
  });

  it('keeps a bounded window: an id evicted from it passes again', async ({ sim, newClient }) => {
    const live = newClient({ dedupe: { window: 2 } }).live(ID);
    const { chat } = await recordConnected(live, { chat: 'chat$' });
    sim.inject(ID, [v2Chat('a', '1'), v2Chat('b', '2'), v2Chat('b dup', '2'), v2Chat('c', '3'), v2Chat('a (evicted, passes)', '1'), v2Chat('c dup', '3')]);
    await waitFor(() => chat.values.length === 4, 'four chats');
    await sleep(100);
    expect(chat.values.map((m) => m.content)).toEqual(['a', 'b', 'c', 'a (evicted, passes)']);
  });

  it('validates the dedupe option', ({ newClient }) => {
    expect(() => newClient({ dedupe: { window: 0 } })).toThrow(/dedupe.window must be an integer >= 1/);
    expect(() => newClient({ dedupe: 'yes' as never })).toThrow(/dedupe must be true, false or \{ window\?: number \}/);
  });
});
