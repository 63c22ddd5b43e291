import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatItem } from '@tiktok-live-rx/test-utils';
import { readStream } from './testing/readStream.js';
import { TEST_USERS, startRelayTestBed, waitFor, waitForHeld, type RelayTestBed } from './testing/relayTestBed.js';

const ID = 'silent_creator';
let bed: RelayTestBed;
beforeEach(async () => {
  bed = await startRelayTestBed({ users: true });
});
afterEach(async () => {
  await bed.close();
});

describe('readOnlyPermissions', () => {
  it('lets a viewer read a creator through createRelayClient', async () => {
    await bed.admin.add(ID);
    const worker = await bed.startWorker();
    await waitForHeld(worker, 1);
    const live = bed.newRelayClient({ servers: bed.nats.url, connectOptions: { user: TEST_USERS.viewer.user, pass: TEST_USERS.viewer.pass } }).live(ID);
    const chats: unknown[] = [];
    const states: string[] = [];
    live.chat$.subscribe((m) => chats.push(m.content));
    live.state$.subscribe((s) => states.push(s.status));
    await waitFor(() => states.includes('connected'), { what: 'connected', timeout: 10_000 });
    bed.sim.inject(ID, [chatItem('for viewers', 1)]);
    await waitFor(() => chats.length === 1, { what: 'chat', timeout: 10_000 });
    expect(chats).toEqual(['for viewers']);
  });

  it('refuses a viewer’s publish to a relay subject, and nothing is stored', async () => {
    const viewer = await connect({ servers: bed.nats.url, user: TEST_USERS.viewer.user, pass: TEST_USERS.viewer.pass });
    const refused = jetstream(viewer).publish(`tlrx.ev.${ID}.WebcastChatMessage`, '{"content":"forged"}', { timeout: 2000 });
    await expect(refused).rejects.toThrow(/permission/i);
    const kvWrite = viewer.request(`$KV.tlrx_desired.x`, 'x', { timeout: 2000 });
    await expect(kvWrite).rejects.toThrow(/permission/i);
    await viewer.close();
    const nc = await bed.newConnection();
    expect(await readStream(nc, 'TLRX_EVENTS', `tlrx.ev.${ID}.>`)).toEqual([]);
  });
});
