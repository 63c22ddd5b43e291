import type { Simulator } from '@tiktok-live-rx/simulator';
import { createLiveClient } from '@tiktok-live-rx/core';
import { startSim, testClientSettings, waitFor } from '@tiktok-live-rx/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overlayAlerts, type OverlayAlertsState } from './overlayAlerts.js';

let sim: Simulator;
const cleanups: Array<() => unknown> = [];
beforeEach(async () => {
  sim = await startSim();
  cleanups.push(() => sim.close());
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const user = { userId: '501', uniqueId: 'fan', nickname: 'Fan' };
const rose = (repeatCount: number, repeatEnd: 0 | 1) => ({
  type: 'WebcastGiftMessage',
  data: { giftId: 5655, groupId: 'g1', repeatCount, repeatEnd, user, giftDetails: { giftName: 'Rose', diamondCount: 1, giftType: 1 } },
});

describe('overlayAlerts against the simulator', () => {
  it('counts a running streak live, then shows one alert for it, then a follow, one after another', async () => {
    const client = createLiveClient(testClientSettings(sim));
    cleanups.push(() => client.close());
    const states: OverlayAlertsState[] = [];
    const subscription = overlayAlerts(client.live('silent_creator'), { displayMs: 300 }).subscribe((state) => states.push(state));
    cleanups.push(() => subscription.unsubscribe());
    await waitFor(() => sim.stats().byCreator['silent_creator'] === 1, 'the socket');
    expect(states.at(-1)).toEqual({ current: undefined, queued: 0, combos: [] });

    sim.inject('silent_creator', [rose(1, 0), rose(2, 0)]);
    await waitFor(() => states.at(-1)?.combos[0]?.count === 2, 'the combo ×2');
    expect(states.at(-1)?.combos).toMatchObject([{ name: 'Fan', giftName: 'Rose', count: 2 }]);
    expect(states.at(-1)?.current).toBeUndefined();

    sim.inject('silent_creator', [
      rose(3, 1),
      { type: 'WebcastSocialMessage', data: { user, action: 1, common: { displayText: { key: 'pm_main_follow_message_viewer_2' } } } },
    ]);
    await waitFor(() => states.at(-1)?.current?.kind === 'gift', 'the gift alert');
    expect(states.at(-1)).toMatchObject({ current: { kind: 'gift', name: 'Fan', gift: { name: 'Rose', count: 3, diamonds: 3 } }, queued: 1, combos: [] });
    await waitFor(() => states.at(-1)?.current?.kind === 'follow', { what: 'the follow alert', timeout: 5000 });
    expect(states.at(-1)).toMatchObject({ current: { kind: 'follow', name: 'Fan' }, queued: 0 });
    await waitFor(() => states.at(-1)?.current === undefined, { what: 'the queue to empty', timeout: 5000 });
    expect(states.filter((state) => state.current?.kind === 'gift').map((state) => state.current?.id)).toSatisfy((ids: unknown[]) => new Set(ids).size === 1);
  });
});
