/**
 * Test helpers (not built or published): a simulator per test, a client with
 * short timers, bounded polling waits and a stream recorder.
 */
import { createSimulator, type Simulator, type SimulatorOptions } from '@tiktok-live-rx/simulator';
import type { Observable, Subscription } from 'rxjs';
import { createLiveClient } from '../createLiveClient.js';
import type { ApiKeyAuth, Credential, JwtAuth, LiveClient, LiveClientSettings } from '../types.js';

/** Creators with deterministic, test-driven rooms. */
export const TEST_CREATORS = [
  { uniqueId: 'silent_creator', live: true, scenario: 'silent' as const },
  { uniqueId: 'second_creator', live: true, scenario: 'silent' as const },
  { uniqueId: 'offline_creator', live: false, scenario: 'silent' as const },
];

/** Starts a simulator on 127.0.0.1:0 with silent creators. */
export function startSim(options: SimulatorOptions = {}): Promise<Simulator> {
  return createSimulator({ host: '127.0.0.1', port: 0, seed: 7, creators: TEST_CREATORS, ...options });
}

/** A client pointed at the simulator, with short timers so tests stay fast. */
export function clientFor(sim: Simulator, overrides: LiveClientSettings & { apiKey?: Credential; jwt?: Credential } = {}): LiveClient {
  const { apiKey, jwt, ...settings } = overrides;
  const auth: ApiKeyAuth | JwtAuth = jwt !== undefined ? { jwt } : { apiKey: apiKey ?? sim.apiKey };
  return createLiveClient({
    url: sim.wsUrl,
    keepAliveMs: 50,
    connectTimeoutMs: 3000,
    stallTimeoutMs: false,
    reconnect: { baseDelay: 20, maxDelay: 100, minUptime: 60_000 },
    ...settings,
    ...auth,
  });
}

/** Polls `predicate` every 10 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms` (only to let something NOT happen; never to wait for something). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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
