import { describe, expect } from 'vitest';
import type { LiveState } from './index.js';
import { liveTest as it, record, recordConnected, v2User, waitFor } from './testing/liveTestHarness.js';

const connected = (states: LiveState[]): boolean => states.some((s) => s.status === 'connected');

describe('live connection against the simulator', () => {
  it('delivers room info first and replays it to late subscribers', async ({ newClient }) => {
    const client = newClient();
    const live = client.live('silent_creator');
    const events = record(live.events$);
    const early = record(live.roomInfo$);
    await waitFor(() => early.values.length === 1, 'room info');
    const types = events.values.map((e) => (e.type === 'unknown' ? e.wireType : e.type));
    // workerInfo may precede it; no TikTok event does.
    expect(types.slice(0, types.indexOf('roomInfo') + 1).every((t) => t === 'workerInfo' || t === 'roomInfo')).toBe(true);
    expect(early.values[0]).toHaveProperty('raw');

    const late = record(live.roomInfo$);
    expect(late.values).toHaveLength(1);
    expect(late.values[0]).toBe(early.values[0]);
  });

  it('routes items by type to their streams, normalised to v3 names', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live('silent_creator');
    const chat = record(live.chat$);
    const gift = record(live.gift$);
    const like = record(live.like$);
    const member = record(live.member$);
    const follow = record(live.follow$);
    const share = record(live.share$);
    const viewers = record(live.viewerCount$);
    const custom = record(live.on$('WebcastBrandNewMessage'));
    const events = record(live.events$);
    const state = record(live.state$);
    await waitFor(() => connected(state.values), 'connected');

    sim.inject('silent_creator', [
      { type: 'WebcastChatMessage', data: { comment: 'hello', user: v2User(1, 'alice') } },
      { type: 'WebcastGiftMessage', data: { giftId: 5655, repeatCount: 1, repeatEnd: 1, user: v2User(2, 'bob'), giftDetails: { giftName: 'Rose', diamondCount: 1, giftType: 1 } } },
      { type: 'WebcastLikeMessage', data: { likeCount: 5, totalLikeCount: 120, user: v2User(3, 'carol') } },
      { type: 'WebcastMemberMessage', data: { action: 1, user: v2User(4, 'dave') } },
      { type: 'WebcastSocialMessage', data: { common: { displayText: { displayType: 'pm_main_follow_message_viewer_2' } }, user: v2User(5, 'erin') } },
      { type: 'WebcastSocialMessage', data: { common: { displayText: { displayType: 'pm_mt_guidance_share' } }, user: v2User(6, 'frank') } },
      { type: 'WebcastRoomUserSeqMessage', data: { viewerCount: 1234 } },
      { type: 'WebcastBrandNewMessage', data: { hello: 'world' } },
    ]);
    await waitFor(() => viewers.values.includes(1234), 'viewer count');

    expect(chat.values.map((m) => m.content)).toEqual(['hello']);
    expect(chat.values[0]?.user?.displayId).toBe('alice');
    expect(gift.values.map((g) => g.gift?.name)).toEqual(['Rose']);
    expect(like.values.map((l) => [l.count, String(l.total)])).toEqual([[5, '120']]);
    expect(member.values.map((m) => m.user?.displayId)).toEqual(['dave']);
    expect(follow.values.map((m) => m.user?.displayId)).toEqual(['erin']);
    expect(share.values.map((m) => m.user?.displayId)).toEqual(['frank']);
    expect(custom.values).toHaveLength(1);
    expect(custom.values[0]).toMatchObject({ hello: 'world' });
    const unknown = events.values.find((e) => e.type === 'unknown');
    expect(unknown).toMatchObject({ type: 'unknown', wireType: 'WebcastBrandNewMessage' });
    // The same object reaches chat$ and events$ (parsed and normalised once).
    const chatEvent = events.values.find((e) => e.type === 'WebcastChatMessage');
    expect(chatEvent?.data).toBe(chat.values[0]);
  });

  it('opens one socket for many subscribers and streams', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live('silent_creator');
    expect(client.live('@Silent_Creator')).toBe(live);
    const recs = [record(live.chat$), record(live.chat$), record(live.gift$), record(live.state$), record(live.events$), record(live.roomInfo$)];
    const unsubscribeStore = live.store.subscribe(() => {});
    await waitFor(() => live.store.getSnapshot().status === 'connected', 'connected');
    expect(sim.stats().byCreator['silent_creator']).toBe(1);
    expect(sim.handshakes.filter((h) => h.uniqueId === 'silent_creator')).toHaveLength(1);
    for (const r of recs) r.subscription.unsubscribe();
    unsubscribeStore();
  });

  it('keeps one socket through subscribe → unsubscribe → subscribe (StrictMode)', async ({ sim, newClient }) => {
    const client = newClient({ keepAliveMs: 300 });
    const live = client.live('silent_creator');
    const first = live.store.subscribe(() => {});
    first();
    const second = live.store.subscribe(() => {});
    await waitFor(() => live.store.getSnapshot().status === 'connected', 'connected');
    const chat = record(live.chat$);
    chat.subscription.unsubscribe();
    const chatAgain = record(live.chat$);
    sim.inject('silent_creator', [{ type: 'WebcastChatMessage', data: { comment: 'still here', user: v2User(1, 'a') } }]);
    await waitFor(() => chatAgain.values.length === 1, 'chat');
    expect(sim.handshakes.filter((h) => h.uniqueId === 'silent_creator')).toHaveLength(1);
    expect(sim.stats().byCreator['silent_creator']).toBe(1);
    chatAgain.subscription.unsubscribe();
    second();
  });

  it('closes the socket after the last subscriber leaves and the grace period passes', async ({ sim, newClient }) => {
    const live = newClient({ keepAliveMs: 100 }).live('silent_creator');
    const { state } = await recordConnected(live);
    expect(sim.stats().sockets).toBe(1);
    state.subscription.unsubscribe();
    await waitFor(() => sim.stats().sockets === 0, 'socket closed');
    expect(live.store.getSnapshot().status).toBe('idle');
    // A later subscriber opens a new socket.
    const again = record(live.state$);
    await waitFor(() => connected(again.values), 'connected again');
    expect(sim.handshakes.filter((h) => h.uniqueId === 'silent_creator')).toHaveLength(2);
    again.subscription.unsubscribe();
  });

  it('keeps streams separate per creator on separate sockets', async ({ sim, newClient }) => {
    const client = newClient();
    const a = record(client.live('silent_creator').chat$);
    const b = record(client.live('second_creator').chat$);
    const sa = record(client.live('silent_creator').state$);
    const sb = record(client.live('second_creator').state$);
    await waitFor(() => connected(sa.values) && connected(sb.values), 'both connected');
    sim.inject('second_creator', [{ type: 'WebcastChatMessage', data: { comment: 'for b', user: v2User(1, 'x') } }]);
    await waitFor(() => b.values.length === 1, 'chat b');
    expect(a.values).toHaveLength(0);
    expect(sim.stats().sockets).toBe(2);
  });
});
