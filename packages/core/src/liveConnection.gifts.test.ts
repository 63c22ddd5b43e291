import { describe, expect } from 'vitest';
import type { LiveState } from './index.js';
import { liveTest as it, record, recordConnected, sleep, v2Gift, waitFor } from './testing/liveTestHarness.js';

const ID = 'silent_creator';
const countConnected = (states: LiveState[]) => states.filter((s) => s.status === 'connected').length;
const rose = (count: number, end: 0 | 1 = 0, user = 1, groupId = '900') =>
  v2Gift({ user, giftId: 5655, name: 'Rose', diamonds: 1, giftType: 1, count, end, groupId });
const lion = (user = 2) => v2Gift({ user, giftId: 6369, name: 'Lion', diamonds: 29_999, giftType: 2 });

describe('giftFinal$ and giftStreak$ against the simulator', () => {
  it('emits one final per streak and per non-streakable gift, with the right totals', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { finals, again, steps } = await recordConnected(live, { finals: 'giftFinal$', again: 'giftFinal$', steps: 'giftStreak$' });

    sim.inject(ID, [rose(1), rose(2)]);
    sim.inject(ID, [rose(3)]);
    sim.inject(ID, [rose(3, 1), lion()]);
    await waitFor(() => finals.values.length === 2, 'two finals');

    expect(finals.values.map((g) => [g.giftId, g.repeatCount, g.diamondCount, g.totalDiamonds, g.endedBy, g.userId])).toEqual([
      ['5655', 3, 1, 3, 'repeatEnd', '1001'],
      ['6369', 1, 29_999, 29_999, 'single', '1002'],
    ]);
    expect(finals.values[0]?.message.gift?.name).toBe('Rose');
    // Shared: every subscriber gets the same objects from one tracker.
    expect(again.values).toHaveLength(2);
    expect(again.values[0]).toBe(finals.values[0]);

    expect(steps.values.map((u) => [u.giftId, u.repeatCount, u.ended])).toEqual([
      ['5655', 1, false],
      ['5655', 2, false],
      ['5655', 3, false],
      ['5655', 3, true],
      ['6369', 1, true],
    ]);
    // A repeated end event of the same streak is dropped.
    sim.inject(ID, [{ ...rose(3, 1), data: { ...rose(3, 1).data, common: { msgId: 'another-id' } } }]);
    await sleep(100);
    expect(finals.values).toHaveLength(2);
    expect(sim.stats().byCreator[ID]).toBe(1);
  });

  it('flushes a streak whose end never arrives after giftStreaks.timeoutMs', async ({ sim, newClient }) => {
    const live = newClient({ giftStreaks: { timeoutMs: 150 } }).live(ID);
    const { finals, steps } = await recordConnected(live, { finals: 'giftFinal$', steps: 'giftStreak$' });
    sim.inject(ID, [rose(1), rose(2)]);
    await waitFor(() => finals.values.length === 1, 'timed-out final');
    expect(finals.values[0]).toMatchObject({ repeatCount: 2, totalDiamonds: 2, endedBy: 'timeout' });
    await waitFor(() => steps.values.some((u) => u.ended), 'final progress step');
    expect(steps.values.at(-1)).toMatchObject({ repeatCount: 2, ended: true, endedBy: 'timeout' });
  });

  it('keeps open streaks across a reconnect: one ends normally after it, the other by its timeout', async ({ sim, newClient }) => {
    // The timeout is long enough for the reconnect to happen well before it fires, even with the
    // other core busy (at 2 s a slow reconnect under load once let the first streak time out).
    const live = newClient({ giftStreaks: { timeoutMs: 5000 } }).live(ID);
    const { state, finals, steps } = await recordConnected(live, { finals: 'giftFinal$', steps: 'giftStreak$' });
    sim.inject(ID, [rose(1, 0, 1, '1'), rose(2, 0, 1, '1'), rose(1, 0, 3, '2')]);
    await waitFor(() => steps.values.length === 3, 'streak steps before the drop');

    sim.dropSockets(ID);
    await waitFor(() => countConnected(state.values) === 2, 'reconnected');
    sim.inject(ID, [rose(4, 1, 1, '1')]);
    await waitFor(() => finals.values.length === 1, 'streak ended after the reconnect');
    expect(finals.values[0]).toMatchObject({ userId: '1001', repeatCount: 4, endedBy: 'repeatEnd' });

    await waitFor(() => finals.values.length === 2, { what: 'cut streak flushed by timeout', timeout: 15_000 });
    expect(finals.values[1]).toMatchObject({ userId: '1003', repeatCount: 1, endedBy: 'timeout' });
    expect(finals.completed).toBe(false);
  });

  it('emits open streaks as complete when the stream ends, then completes', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { finals } = await recordConnected(live, { finals: 'giftFinal$' });
    const steps = record(live.giftStreak$);
    sim.inject(ID, [rose(1), rose(5)]);
    await waitFor(() => steps.values.length === 2, 'streak steps');
    sim.endStream(ID);
    await waitFor(() => finals.completed, 'giftFinal$ completes');
    expect(finals.values.map((g) => [g.repeatCount, g.endedBy])).toEqual([[5, 'complete']]);
    // A late subscriber completes at once.
    expect(record(live.giftFinal$).completed).toBe(true);
  });

  it('validates giftStreaks at createLiveClient', ({ newClient }) => {
    expect(() => newClient({ giftStreaks: { timeoutMs: -1 } })).toThrow(/createLiveClient: giftStreaks.timeoutMs must be a number of milliseconds > 0 .*; got -1\./);
    expect(() => newClient({ giftStreaks: 5 as never })).toThrow(/giftStreaks must be an object/);
  });
});
