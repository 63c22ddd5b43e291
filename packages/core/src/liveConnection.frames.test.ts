import { describe, expect } from 'vitest';
import { ProtocolError, UnsupportedFrameError, type LiveState } from './index.js';
import { liveTest as it, record, recordConnected, sleep, v2User, waitFor } from './testing/liveTestHarness.js';

const isConnected = (states: LiveState[]) => states.some((s) => s.status === 'connected');
const chatItem = (comment: string) => ({ type: 'WebcastChatMessage', data: { comment, user: v2User(1, 'a') } });

describe('frame handling', () => {
  it('reports a malformed frame once and keeps going', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { state, errors, chat } = await recordConnected(live, { errors: 'errors$', chat: 'chat$' });

    sim.sendRaw('silent_creator', '{"timestamp": 1, "messages": [ this is not json');
    sim.sendRaw('silent_creator', JSON.stringify({ hello: 'neither bundle nor item' }));
    sim.inject('silent_creator', [chatItem('after the bad frames')]);
    await waitFor(() => chat.values.length === 1, 'chat');
    expect(errors.values).toHaveLength(2);
    expect(errors.values[0]).toBeInstanceOf(ProtocolError);
    expect((errors.values[0] as ProtocolError).info.problem).toBe('malformed-json');
    expect((errors.values[1] as ProtocolError).info.problem).toBe('unknown-shape');
    expect(state.values.at(-1)?.status).toBe('connected');
    expect(chat.error).toBeUndefined();
  });

  it('reports bad items and still delivers the rest of the bundle', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { errors, chat } = await recordConnected(live, { errors: 'errors$', chat: 'chat$' });

    const bundle = {
      timestamp: Date.now(),
      messages: [chatItem('first'), 42, { type: 7, data: {} }, { type: 'WebcastChatMessage', data: null }, chatItem('last')],
    };
    sim.sendRaw('silent_creator', JSON.stringify(bundle));
    await waitFor(() => chat.values.length === 2, 'both good chats');
    expect(chat.values.map((m) => m.content)).toEqual(['first', 'last']);
    await sleep(50);
    expect(errors.values).toHaveLength(3);
    expect(errors.values.map((e) => (e as ProtocolError).info)).toMatchObject([
      { problem: 'invalid-item', index: 1 },
      { problem: 'invalid-item', index: 2 },
      { problem: 'invalid-item', index: 3, type: 'WebcastChatMessage' },
    ]);
  });

  it('accepts bare items (bundleEvents=false)', async ({ sim, newClient }) => {
    const live = newClient({ features: { bundleEvents: false } }).live('silent_creator');
    const { chat } = await recordConnected(live, { chat: 'chat$' });
    expect(sim.handshakes.at(-1)?.query['features.bundleEvents']).toBe('false');
    sim.inject('silent_creator', [chatItem('one'), chatItem('two')]);
    await waitFor(() => chat.values.length === 2, 'two chats');
  });

  it('reports binary frames as unsupported without crashing', async ({ sim, newClient }) => {
    const live = newClient().live('silent_creator');
    const { errors, chat } = await recordConnected(live, { errors: 'errors$', chat: 'chat$' });
    sim.sendRaw('silent_creator', Buffer.from([0x08, 0x01, 0x10, 0x02]));
    sim.inject('silent_creator', [chatItem('text still works')]);
    await waitFor(() => chat.values.length === 1, 'chat');
    expect(errors.values).toHaveLength(1);
    expect(errors.values[0]).toBeInstanceOf(UnsupportedFrameError);
    expect((errors.values[0] as UnsupportedFrameError).info.byteLength).toBe(4);
  });

  it('sends only the flags the user set, plus the pinned schema version, and no null credential', async ({ sim, newClient }) => {
    const client = newClient({ features: { syntheticPresence: true, closeInactiveWebSocketAfter: 120 } });
    const state = record(client.live('@Silent_Creator').state$);
    await waitFor(() => isConnected(state.values), 'connected');
    const query = sim.handshakes.at(-1)!.query;
    expect(query).toEqual({
      uniqueId: 'silent_creator',
      apiKey: sim.apiKey,
      'features.syntheticPresence': 'true',
      'features.closeInactiveWebSocketAfter': '120',
      'features.schemaVersion': 'v2',
    });
  });
});
