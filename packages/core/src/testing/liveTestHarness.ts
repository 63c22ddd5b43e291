/**
 * Test helpers (not built or published): Vitest fixtures for a simulator and clients per
 * test, a stream recorder, v2 wire items. The framework-free pieces shared with the
 * bindings (starting the simulator, bounded polling) come from `@tiktok-live-rx/test-utils`.
 */
import type { Simulator } from '@tiktok-live-rx/simulator';
import { simulatorTest, testClientSettings, waitFor } from '@tiktok-live-rx/test-utils';
import type { Observable, ObservedValueOf, Subscription } from 'rxjs';
import { createLiveClient } from '../createLiveClient.js';
import type { Credential, LiveClient, LiveClientSettings, LiveConnection, LiveState } from '../types.js';

export { sleep, startSim, waitFor } from '@tiktok-live-rx/test-utils';

/** Settings of {@link clientFor}: any client setting, plus the credential to use. */
export type ClientOverrides = LiveClientSettings & { apiKey?: Credential; jwt?: Credential };

/** A client pointed at the simulator, with short timers so tests stay fast (the simulator's API key unless `jwt` is given). */
export function clientFor(sim: Simulator, overrides: ClientOverrides = {}): LiveClient {
  const { apiKey = sim.apiKey, jwt, ...settings } = overrides;
  return createLiveClient({ ...testClientSettings(sim, jwt !== undefined ? { jwt } : { apiKey }), keepAliveMs: 50, ...settings });
}

/**
 * Vitest's `test` with, per test and only when the test names them:
 * - `sim`: a simulator on 127.0.0.1:0 with silent test creators, closed after the test;
 * - `newClient(overrides?)`: {@link clientFor}`(sim, overrides)`; every client it made is
 *   closed after the test, before the simulator.
 */
export const liveTest = simulatorTest.extend('newClient', async ({ sim }, { onCleanup }) => {
  const clients: LiveClient[] = [];
  onCleanup(() => {
    for (const client of clients) client.close();
  });
  return (overrides: ClientOverrides = {}): LiveClient => {
    const client = clientFor(sim, overrides);
    clients.push(client);
    return client;
  };
});

/** Everything one subscription saw. */
export interface Recording<T> {
  readonly values: T[];
  error: unknown;
  completed: boolean;
  readonly subscription: Subscription;
}

/** Subscribes and records values, the error and completion. */
export function record<T>(source$: Observable<T>): Recording<T> {
  const values: T[] = [];
  const recording = { values, error: undefined as unknown, completed: false } as Recording<T>;
  (recording as { subscription: Subscription }).subscription = source$.subscribe({
    next: (value) => values.push(value),
    error: (error: unknown) => {
      recording.error = error;
    },
    complete: () => {
      recording.completed = true;
    },
  });
  return recording;
}

/** Names of the connection's observable properties (`chat$`, `giftFinal$`, …). */
export type StreamKey = { [K in keyof LiveConnection]: LiveConnection[K] extends Observable<unknown> ? K : never }[keyof LiveConnection];

/** What {@link recordConnected} returns: the `state$` recording and one per named stream. */
export type ConnectedRecordings<S extends Record<string, StreamKey>> = { readonly state: Recording<LiveState> } & {
  readonly [K in keyof S]: Recording<ObservedValueOf<LiveConnection[S[K]]>>;
};

/**
 * Records `live.state$`, then each stream named in `streams` (in that order), and waits until
 * the connection is connected.
 *
 * @example
 * const { state, chat } = await recordConnected(live, { chat: 'chat$' });
 */
export async function recordConnected<S extends Record<string, StreamKey> = Record<never, StreamKey>>(
  live: LiveConnection,
  streams: S = {} as S,
): Promise<ConnectedRecordings<S>> {
  const state = record(live.state$);
  const recordings: Record<string, Recording<unknown>> = { state };
  for (const [name, key] of Object.entries(streams)) recordings[name] = record(live[key] as Observable<unknown>);
  await waitFor(() => state.values.some((s) => s.status === 'connected'), 'connected');
  return recordings as ConnectedRecordings<S>;
}

/** A v2 user as the service sends it. */
export function v2User(id: number, name: string): Record<string, unknown> {
  return { userId: String(1000 + id), uniqueId: name, nickname: name.toUpperCase(), profilePicture: { url: [`https://img.example/${name}.webp`] } };
}

/** A v2 gift item as the service sends it (`gift.type` 1 streaks, anything else is final at once). */
export function v2Gift(options: {
  user: number;
  giftId: number;
  name: string;
  diamonds: number;
  giftType: number;
  count?: number;
  end?: 0 | 1;
  groupId?: string;
}): { type: string; data: Record<string, unknown> } {
  const { user, giftId, name, diamonds, giftType, count = 1, end = 0, groupId = '0' } = options;
  return {
    type: 'WebcastGiftMessage',
    data: {
      giftId,
      groupId,
      repeatCount: count,
      repeatEnd: end,
      user: v2User(user, `user${user}`),
      giftDetails: { giftName: name, diamondCount: diamonds, giftType },
    },
  };
}

/** A v2 chat item; `msgId` pins `common.msgId` (the simulator fills a unique one otherwise). */
export function v2Chat(comment: string, msgId?: string): { type: string; data: Record<string, unknown> } {
  return {
    type: 'WebcastChatMessage',
    data: { comment, user: v2User(1, 'a'), ...(msgId === undefined ? {} : { common: { msgId } }) },
  };
}
