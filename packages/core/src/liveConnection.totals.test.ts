import { describe, expect } from 'vitest';
import { StallError, type LiveState, type SessionTotals } from './index.js';
import { liveTest as it, record, recordConnected, v2Gift, v2User, waitFor } from './testing/liveTestHarness.js';

const ID = 'silent_creator';
const countConnected = (states: LiveState[]) => states.filter((s) => s.status === 'connected').length;
const lion = (user: number) => v2Gift({ user, giftId: 6369, name: 'Lion', diamonds: 29_999, giftType: 2 });
const perfume = (user: number) => v2Gift({ user, giftId: 5658, name: 'Perfume', diamonds: 20, giftType: 2 });
const last = (values: SessionTotals[]): SessionTotals | undefined => values.at(-1);
const diamonds = (values: SessionTotals[]): number => last(values)?.diamonds ?? -1;

describe('totals$ against the simulator', () => {
  it('aggregates gifts, likes, joins, follows, shares and viewers, replaying the latest to late subscribers', async ({ sim, newClient }) => {
    const client = newClient();
    const live = client.live(ID);
    const state = record(live.state$);
    const totals = record(live.totals$);
    // The totals operator loads on first use (a lazy chunk in bundles): the zero snapshot follows at once.
    await waitFor(() => totals.values.length > 0, 'zero snapshot');
    expect(totals.values[0]).toMatchObject({ diamonds: 0, giftCount: 0 });
    await waitFor(() => countConnected(state.values) === 1, 'connected');

    sim.inject(ID, [
      v2Gift({ user: 1, giftId: 5655, name: 'Rose', diamonds: 1, giftType: 1, count: 1, groupId: '7' }),
      v2Gift({ user: 1, giftId: 5655, name: 'Rose', diamonds: 1, giftType: 1, count: 3, end: 1, groupId: '7' }),
      lion(2),
      { type: 'WebcastLikeMessage', data: { likeCount: 5, totalLikeCount: 1_000_000, user: v2User(3, 'carol') } },
      { type: 'WebcastMemberMessage', data: { action: 1, user: v2User(4, 'dave') } },
      { type: 'WebcastSocialMessage', data: { common: { displayText: { displayType: 'pm_main_follow_message_viewer_2' } }, user: v2User(5, 'erin') } },
      { type: 'WebcastSocialMessage', data: { common: { displayText: { displayType: 'pm_mt_guidance_share' } }, user: v2User(6, 'frank') } },
      { type: 'WebcastRoomUserSeqMessage', data: { viewerCount: 12_345, total: 12_345 } },
    ]);
    await waitFor(() => last(totals.values)?.viewers.current === 12_345, 'viewer count');

    const t = last(totals.values)!;
    expect(t).toMatchObject({ diamonds: 30_002, giftCount: 4, follows: 1, shares: 1, joins: 1 });
    expect(t.topGifters.map((g) => [g.userId, g.diamonds, g.gifts])).toEqual([
      ['1002', 29_999, 1],
      ['1001', 3, 3],
    ]);
    expect(t.likes.total).toBe(1_000_000);
    expect(t.likes.byUser.map((u) => [u.userId, u.likes])).toEqual([['1003', 5]]);
    expect(t.viewers.peak).toBeGreaterThanOrEqual(12_345);

    const late = record(live.totals$);
    expect(late.values).toEqual([t]);
    expect(late.values[0]).toBe(t);
    expect(sim.stats().byCreator[ID]).toBe(1);
  });

  it('survives an abrupt drop: no reset, counting goes on after the reconnect', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { state, totals, gaps } = await recordConnected(live, { totals: 'totals$', gaps: 'gaps$' });
    sim.inject(ID, [lion(1)]);
    await waitFor(() => diamonds(totals.values) === 29_999, 'first gift counted');

    sim.dropSockets(ID);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected');
    sim.inject(ID, [perfume(2)]);
    await waitFor(() => diamonds(totals.values) === 30_019, 'second gift counted on top');
    expect(gaps.values).toHaveLength(1);
    // Never went back to zero after the first gift.
    const firstCounted = totals.values.findIndex((x) => x.diamonds === 29_999);
    expect(totals.values.slice(firstCounted).every((x) => x.diamonds >= 29_999)).toBe(true);
    expect(last(totals.values)?.topGifters.map((g) => g.userId)).toEqual(['1001', '1002']);
  });

  it('detects a stalled socket, reconnects, marks the gap and keeps counting', async ({ sim, newClient }) => {
    const live = newClient({ stallTimeoutMs: 200 }).live(ID);
    const { state, totals, gaps } = await recordConnected(live, { totals: 'totals$', gaps: 'gaps$' });
    sim.inject(ID, [perfume(1)]);
    await waitFor(() => diamonds(totals.values) === 20, 'gift before the stall');

    sim.stallSockets(ID);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected after the stall');
    expect(state.values.find((s) => s.status === 'reconnecting')?.error).toBeInstanceOf(StallError);
    await waitFor(() => gaps.values.length === 1, 'gap marker');
    expect(gaps.values[0]!.to).toBeGreaterThanOrEqual(gaps.values[0]!.from);

    sim.inject(ID, [perfume(2)]);
    await waitFor(() => diamonds(totals.values) === 40, 'gift after the reconnect counted on top');
    expect(totals.completed).toBe(false);
  });

  it('starts from zero when a new stream begins after a stream end (waitUntilLive re-arm)', async ({ sim, newClient }) => {
    const live = newClient({ waitUntilLive: { interval: 60 } }).live(ID);
    const { state, totals, finals, isLive } = await recordConnected(live, { totals: 'totals$', finals: 'giftFinal$', isLive: 'isLive$' });
    sim.inject(ID, [lion(1)]);
    await waitFor(() => diamonds(totals.values) === 29_999, 'gift counted');

    sim.endStream(ID);
    await waitFor(() => state.values.some((s) => s.status === 'waiting'), 'waiting');
    // While waiting, the last stream's totals stay.
    expect(diamonds(totals.values)).toBe(29_999);
    expect(record(live.totals$).values.at(-1)?.diamonds).toBe(29_999);

    const before = totals.values.length;
    sim.setLive(ID, true);
    await waitFor(() => countConnected(state.values) === 2, 'connected to the new stream');
    await waitFor(() => totals.values.slice(before).some((x) => x.diamonds === 0), 'reset');
    sim.inject(ID, [perfume(2)]);
    await waitFor(() => diamonds(totals.values) === 20, 'new stream counted from zero');
    expect(last(totals.values)?.topGifters.map((g) => g.userId)).toEqual(['1002']);
    expect(totals.completed).toBe(false);
    // The gift streams went on across the end and the re-arm.
    await waitFor(() => finals.values.length === 2, 'both gifts on giftFinal$');
    expect(finals.values.map((g) => g.totalDiamonds)).toEqual([29_999, 20]);
    expect(finals.completed).toBe(false);
    expect(isLive.values).toEqual([true, false, true]);
  });

  it('replays the final totals after a stream end, and starts from zero after reconnect()', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { state, totals } = await recordConnected(live, { totals: 'totals$' });
    sim.inject(ID, [perfume(1)]);
    await waitFor(() => diamonds(totals.values) === 20, 'gift counted');
    sim.endStream(ID);
    await waitFor(() => totals.completed, 'totals$ completes');

    const late = record(live.totals$);
    expect(late.values.map((x) => x.diamonds)).toEqual([20]);
    expect(late.completed).toBe(true);

    sim.setLive(ID, true);
    live.reconnect();
    const fresh = record(live.totals$);
    const again = record(live.state$);
    await waitFor(() => again.values.some((s) => s.status === 'connected'), 'connected again');
    expect(fresh.values[0]?.diamonds).toBe(0);
    sim.inject(ID, [lion(2)]);
    await waitFor(() => diamonds(fresh.values) === 29_999, 'counted from zero');
  });

  it('validates the totals option at createLiveClient', ({ newClient }) => {
    expect(() => newClient({ totals: { topN: 0 } })).toThrow(/createLiveClient: totals.topN must be an integer >= 1; got 0\. Omit it to use the default/);
    expect(() => newClient({ totals: [] as never })).toThrow(/totals must be an object/);
  });
});
