import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectTimeoutError, StallError } from '../errors.js';
import { fakeWebSocket, type FakeSocketControl } from '../testing/fakeWebSocket.js';
import { webSocketTransport, type TransportSignal } from './webSocketTransport.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts a transport over one scripted socket; returns its control and what the pipeline saw. */
function start(options: { stallTimeoutMs: number; connectTimeoutMs?: number; open?: boolean }) {
  let control: FakeSocketControl | undefined;
  const WebSocket = fakeWebSocket((socket) => {
    control = socket;
    if (options.open !== false) socket.open();
  });
  const signals: TransportSignal[] = [];
  let error: unknown;
  const subscription = webSocketTransport({
    url: 'ws://x.example/?apiKey=secret',
    WebSocket,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    stallTimeoutMs: options.stallTimeoutMs,
    activityIntervalMs: 1000,
    secrets: () => ['secret'],
    onFrame: () => true,
  }).subscribe({
    next: (signal) => signals.push(signal),
    error: (e: unknown) => {
      error = e;
    },
  });
  vi.advanceTimersByTime(0); // runs the script: the socket opens
  return { control: () => control!, signals, error: () => error, subscription };
}

describe('webSocketTransport stall watchdog (virtual time)', () => {
  it('stays up while frames keep arriving, then fails with StallError once silent for stallTimeoutMs', () => {
    const t = start({ stallTimeoutMs: 1000 });
    // A frame every 900 ms for 5 s: never stalled.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      t.control().message('{"type":"x","data":{}}');
    }
    expect(t.error()).toBeUndefined();
    expect(t.signals[0]).toBe('established');

    // Silence: still fine just before the limit…
    vi.advanceTimersByTime(999);
    expect(t.error()).toBeUndefined();
    // …detected within one check interval (stallTimeoutMs / 4) after it.
    vi.advanceTimersByTime(251);
    const error = t.error();
    expect(error).toBeInstanceOf(StallError);
    expect((error as StallError).info.stallTimeoutMs).toBe(1000);
    expect((error as StallError).info.idleMs).toBeGreaterThanOrEqual(1000);
    expect((error as StallError).info.idleMs).toBeLessThanOrEqual(1250);
  });

  it('counts from the open when no frame ever arrives', () => {
    const t = start({ stallTimeoutMs: 400 });
    vi.advanceTimersByTime(399);
    expect(t.error()).toBeUndefined();
    vi.advanceTimersByTime(101);
    expect(t.error()).toBeInstanceOf(StallError);
  });

  it('never fires with stallTimeoutMs 0', () => {
    const t = start({ stallTimeoutMs: 0 });
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(t.error()).toBeUndefined();
    t.subscription.unsubscribe();
  });

  it('fails with ConnectTimeoutError when the socket does not open in time (no credential in the message)', () => {
    const t = start({ stallTimeoutMs: 1000, connectTimeoutMs: 300, open: false });
    vi.advanceTimersByTime(299);
    expect(t.error()).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(t.error()).toBeInstanceOf(ConnectTimeoutError);
    expect(String((t.error() as Error).message)).not.toContain('secret');
  });
});
