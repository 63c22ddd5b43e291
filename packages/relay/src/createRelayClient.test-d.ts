import { describe, expectTypeOf, it } from 'vitest';
import type { LiveConnection, LiveSource, LiveState } from '@tiktok-live-rx/core';
import { createRelayClient, type RelayLiveState } from './index.js';

describe('createRelayClient types', () => {
  it('is a LiveSource whose connections are LiveConnections', () => {
    const relay = createRelayClient({ servers: 'nats://127.0.0.1:4222' });
    expectTypeOf(relay).toMatchTypeOf<LiveSource>();
    expectTypeOf(relay.live('x')).toMatchTypeOf<LiveConnection>();
    expectTypeOf<RelayLiveState>().toMatchTypeOf<LiveState>();
  });
});
