import { chatItem } from '@tiktok-live-rx/test-utils';
import { describe, expect, it } from 'vitest';
import type { TikTokLiveError } from '../errors.js';
import type { LiveEvent } from '../events.js';
import { createMulticast } from '../multicast.js';
import { liveTest, waitFor } from '../testing/liveTestHarness.js';
import { createFrameRouter } from './frameRouter.js';

const workerInfo = (schemaVersion: string) => ({ type: 'workerInfo', data: { webSocketId: 'w', schemaVersion, features: {} } });
// A v2 chat: `comment` is v3's `content`, `user.userId` v3's `user.id`.
const v2Chat = (comment: string) => ({ type: 'WebcastChatMessage', data: { comment, user: { userId: '7', nickname: 'Ann' } } });

function router() {
  const chats: Record<string, unknown>[] = [];
  const r = createFrameRouter({ events: createMulticast<LiveEvent>(), errors: createMulticast<TikTokLiveError>() });
  r.sinkFor('WebcastChatMessage').observable$.subscribe((data) => chats.push(data as Record<string, unknown>));
  return { chats, send: (...messages: unknown[]) => r.handleFrame(JSON.stringify({ messages })) };
}

describe('frameRouter: the schema the server confirmed', () => {
  it('normalises TikTok items when the server says v2, or says nothing', () => {
    const { chats, send } = router();
    send(v2Chat('no workerInfo'));
    send(workerInfo('v2'), v2Chat('v2 session'));
    expect(chats).toEqual([
      { content: 'no workerInfo', user: { id: '7', nickname: 'Ann' } },
      { content: 'v2 session', user: { id: '7', nickname: 'Ann' } },
    ]);
  });

  it('skips the normaliser once workerInfo confirms v3, and follows the next session’s schema', () => {
    const { chats, send } = router();
    // Sent as v2 on purpose: untouched proves the normaliser did not run.
    send(workerInfo('v3'), v2Chat('v3 session'));
    send(workerInfo('v2'), v2Chat('back to v2'));
    expect(chats).toEqual([
      { comment: 'v3 session', user: { userId: '7', nickname: 'Ann' } },
      { content: 'back to v2', user: { id: '7', nickname: 'Ann' } },
    ]);
  });
});

describe('the client over the simulator with features.schemaVersion v3', () => {
  liveTest('delivers the same v3 chat as a v2 client (the server sends v3 names, nothing is renamed)', async ({ sim, newClient }) => {
    const ID = 'silent_creator';
    const received = { v2: [] as Record<string, unknown>[], v3: [] as Record<string, unknown>[] };
    newClient().live(ID).chat$.subscribe((m) => received.v2.push(m as unknown as Record<string, unknown>));
    newClient({ features: { schemaVersion: 'v3' } }).live(ID).chat$.subscribe((m) => received.v3.push(m as unknown as Record<string, unknown>));
    await waitFor(() => {
      sim.inject(ID, [chatItem('same for both')]);
      return received.v2.length > 0 && received.v3.length > 0;
    }, 'a chat on both clients');
    const expected = { content: 'same for both', user: { id: '1001', nickname: 'User 1' } };
    expect(received.v2[0]).toMatchObject(expected);
    expect(received.v3[0]).toMatchObject(expected);
    expect(received.v3[0]).not.toHaveProperty('comment');
  });
});
