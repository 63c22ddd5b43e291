import { describe, expect } from 'vitest';
import { socialKind, type SessionTotals } from '../index.js';
import { liveTest as it, record, recordConnected, v2User, waitFor } from '../testing/liveTestHarness.js';

const ID = 'silent_creator';

describe('one reading of each fact', () => {
  it('the snapshot viewer count equals totals$ viewers, from room info as well as viewer-count messages', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const unsubscribe = live.store.subscribe(() => {});
    const { totals } = await recordConnected(live, { totals: 'totals$' });
    const current = (): { snapshot: number | undefined; totals: number | undefined } => ({
      snapshot: live.store.getSnapshot().viewerCount,
      totals: (totals.values.at(-1) as SessionTotals | undefined)?.viewers.current,
    });

    // Room info only (no viewer-count message yet): both read its user_count.
    sim.inject(ID, [{ type: 'roomInfo', data: { raw: { user_count: 1856 } } }]);
    await waitFor(() => current().totals === 1856, 'totals from room info');
    expect(current()).toEqual({ snapshot: 1856, totals: 1856 });

    sim.inject(ID, [{ type: 'WebcastRoomUserSeqMessage', data: { total: '2001', viewerCount: 2001 } }]);
    await waitFor(() => current().totals === 2001, 'totals from the viewer count');
    expect(current()).toEqual({ snapshot: 2001, totals: 2001 });
    unsubscribe();
  });

  it('follow$ / share$ and totals$ classify social messages the same way (display key, then action)', async ({ sim, newClient }) => {
    const live = newClient().live(ID);
    const { follows, shares, totals } = await recordConnected(live, { follows: 'follow$', shares: 'share$', totals: 'totals$' });
    const social = (common: object, action: string, user: number) => ({ type: 'WebcastSocialMessage', data: { common, action, user: v2User(user, `u${user}`) } });
    const items = [
      social({ displayText: { displayType: 'pm_main_follow_message_viewer_2' } }, '1', 1),
      social({ displayText: { displayType: 'pm_mt_guidance_share' } }, '3', 2),
      // No display key: classified by action (the case follow$ used to miss).
      social({}, '1', 3),
      social({}, '3', 4),
      // A key that is neither, whatever the action.
      social({ displayText: { displayType: 'pm_mt_something_else' } }, '1', 5),
    ];
    sim.inject(ID, items);
    await waitFor(() => (totals.values.at(-1) as SessionTotals | undefined)?.shares === 2, 'totals counted');
    await waitFor(() => shares.values.length === 2, 'share$');
    const last = totals.values.at(-1) as SessionTotals;
    expect(follows.values).toHaveLength(2);
    expect(last.follows).toBe(follows.values.length);
    expect(last.shares).toBe(shares.values.length);
    expect(follows.values.every((m) => socialKind(m) === 'follow')).toBe(true);
  });
});
