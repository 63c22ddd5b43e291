import { describe, expect } from 'vitest';
import { createLiveClient, type LiveState } from './index.js';
import { liveTest as it, record, v2Chat, v2Gift, waitFor } from './testing/liveTestHarness.js';

const A = 'silent_creator';
const B = 'second_creator';
const allConnected = (states: Readonly<Record<string, LiveState>> | undefined, ids: string[]) =>
  states !== undefined && ids.every((id) => states[id]?.status === 'connected');

describe('client.liveMany', () => {
  it('merges the creators’ streams, tagged with uniqueId and type, and reports per-creator state', async ({ sim, newClient }) => {
    const client = newClient();
    const many = client.liveMany([A, '@Second_Creator']);
    expect(many.uniqueIds).toEqual([A, B]);
    const states = record(many.states$);
    const events = record(many.events$);
    const chat = record(many.chat$);
    const gift = record(many.gift$);
    const finals = record(many.giftFinal$);
    await waitFor(() => allConnected(states.values.at(-1), [A, B]), 'both connected');
    expect(Object.keys(states.values.at(-1)!)).toEqual([A, B]);

    sim.inject(A, [v2Chat('from a')]);
    sim.inject(B, [v2Chat('from b'), v2Gift({ user: 1, giftId: 6369, name: 'Lion', diamonds: 29_999, giftType: 2 })]);
    await waitFor(() => chat.values.length === 2 && finals.values.length === 1, 'chats and the gift');

    expect(chat.values.map((c) => [c.uniqueId, c.type, c.data.content])).toHaveLength(2);
    expect(chat.values.map((c) => [c.uniqueId, c.type, c.data.content])).toEqual(
      expect.arrayContaining([
        [A, 'WebcastChatMessage', 'from a'],
        [B, 'WebcastChatMessage', 'from b'],
      ]),
    );
    expect(gift.values.map((g) => [g.uniqueId, g.type, g.data.gift?.name])).toEqual([[B, 'WebcastGiftMessage', 'Lion']]);
    expect(finals.values.map((g) => [g.uniqueId, g.type, g.data.totalDiamonds])).toEqual([[B, 'giftFinal', 29_999]]);
    const chatEvents = events.values.filter((e) => e.type === 'WebcastChatMessage');
    expect(new Set(chatEvents.map((e) => e.uniqueId))).toEqual(new Set([A, B]));
    expect(chatEvents).toHaveLength(2);
    const roomInfos = events.values.filter((e) => e.type === 'roomInfo');
    expect(new Set(roomInfos.map((e) => e.uniqueId))).toEqual(new Set([A, B]));
  });

  it('shares sockets with client.live(id) users (one per creator) and releases them when everyone leaves', async ({ sim, newClient }) => {
    const client = newClient();
    const single = record(client.live(A).chat$);
    const many = client.liveMany([A, B, 'silent_creator']);
    expect(many.connections).toHaveLength(2);
    expect(many.connections[0]).toBe(client.live(A));
    const states = record(many.states$);
    const events = record(many.events$);
    await waitFor(() => allConnected(states.values.at(-1), [A, B]), 'both connected');
    expect(sim.stats().byCreator).toMatchObject({ [A]: 1, [B]: 1 });
    expect(sim.handshakes.filter((h) => h.uniqueId === A)).toHaveLength(1);

    // A second view over the same creators adds no socket.
    const again = record(client.liveMany([B, A]).events$);
    sim.inject(A, [v2Chat('to everyone')]);
    await waitFor(() => single.values.length === 1 && again.values.some((e) => e.type === 'WebcastChatMessage'), 'chat everywhere');
    expect(sim.stats().sockets).toBe(2);

    again.subscription.unsubscribe();
    events.subscription.unsubscribe();
    states.subscription.unsubscribe();
    // B had only liveMany subscribers: its socket closes; A is still held by client.live(A).chat$.
    await waitFor(() => sim.stats().byCreator[B] === undefined || sim.stats().byCreator[B] === 0, 'B released');
    expect(sim.stats().byCreator[A]).toBe(1);
    single.subscription.unsubscribe();
    await waitFor(() => sim.stats().sockets === 0, 'all released');
  });

  it('keeps the other creators flowing when one ends', async ({ sim, newClient }) => {
    const client = newClient();
    const many = client.liveMany([A, 'offline_creator']);
    const states = record(many.states$);
    const chat = record(many.chat$);
    await waitFor(() => states.values.at(-1)?.['offline_creator']?.status === 'offline', 'offline creator offline');
    await waitFor(() => states.values.at(-1)?.[A]?.status === 'connected', 'A connected');
    sim.inject(A, [v2Chat('still here')]);
    await waitFor(() => chat.values.length === 1, 'chat from A');
    expect(chat.completed).toBe(false);
    expect(states.values.at(-1)?.['offline_creator']).toMatchObject({ status: 'offline', closeCode: 4404 });
  });

  it('rejects bad input with a TypeError naming the bad handle, before creating anything', () => {
    const local = createLiveClient({ apiKey: 'k' });
    expect(() => local.liveMany(['ok_one', 'has space'])).toThrow(/item 1: "has space" is not a TikTok handle/);
    expect(() => local.liveMany([42 as unknown as string])).toThrow(/item 0: "42" is not a TikTok handle/);
    expect(() => local.liveMany('just_one' as unknown as string[])).toThrow(/pass an array of creator handles/);
    const empty = local.liveMany([]);
    expect(empty.connections).toEqual([]);
    expect(record(empty.states$).values).toEqual([{}]);
    expect(record(empty.events$).completed).toBe(true);
    local.close();
    expect(() => local.liveMany(['x'])).toThrow(/closed/);
  });
});
