import { afterEach, describe, expect, it } from 'vitest';
import { createLiveClient } from '../createLiveClient.js';
import { fakeWebSocket, type FakeSocketControl } from '../testing/fakeWebSocket.js';
import { record, sleep, waitFor } from '../testing/liveTestHarness.js';
import type { LiveClient, LiveState } from '../types.js';

const chatFrame = JSON.stringify({ messages: [{ type: 'WebcastChatMessage', data: { comment: 'hi' } }] });

/** Opens, sends a frame every 5 ms for `upMs`, then closes with 1006. */
async function upFor(socket: FakeSocketControl, upMs: number): Promise<void> {
  socket.open();
  const until = Date.now() + upMs;
  while (Date.now() < until) {
    socket.message(chatFrame);
    await sleep(5);
  }
  socket.close(1006, 'drop');
}

let client: LiveClient | undefined;
afterEach(() => {
  client?.close();
  client = undefined;
});

describe('the connect policy', () => {
  it('starts the retry count over once a session stayed up for minUptime, as reconnectWithBackoff does', async () => {
    // Sockets 0 and 2 stay up past minUptime; socket 1 drops at once.
    const WebSocket = fakeWebSocket((socket, index) => {
      if (index === 1) {
        socket.open();
        socket.close(1006, 'drop');
      } else if (index <= 2) void upFor(socket, 80);
    });
    client = createLiveClient({ apiKey: 'k', url: 'ws://fake.example', WebSocket, reconnect: { baseDelay: 1, maxDelay: 1, minUptime: 40 } });
    const state = record(client.live('someone').state$);
    const retries = (): LiveState[] => state.values.filter((s) => s.status === 'reconnecting');
    await waitFor(() => retries().length === 3, 'three drops');
    // Drop 1 after a stable session: 1; drop 2 right after: 2; drop 3 after a stable session again: 1.
    expect(retries().map((s) => s.attempt)).toEqual([1, 2, 1]);
  });

  it('ends the session with an error state when a reconnect.onRetry callback throws, instead of throwing out of the socket handler', async () => {
    const WebSocket = fakeWebSocket((socket) => {
      socket.open();
      socket.close(1006, 'drop');
    });
    client = createLiveClient({
      apiKey: 'k',
      url: 'ws://fake.example',
      WebSocket,
      reconnect: {
        onRetry: () => {
          throw new Error('callback bug');
        },
      },
    });
    const live = client.live('someone');
    const state = record(live.state$);
    const chat = record(live.chat$);
    await waitFor(() => state.completed, 'state$ completes');
    expect(state.values.at(-1)).toMatchObject({ status: 'error' });
    expect(state.values.at(-1)?.error?.message).toMatch(/callback bug/);
    expect(chat.error).toBe(state.values.at(-1)?.error);
  });
});
