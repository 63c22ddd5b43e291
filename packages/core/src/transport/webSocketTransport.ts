import { Observable } from 'rxjs';
import { ConnectTimeoutError, StallError, TikTokLiveError } from '../errors.js';
import { redactUrl } from '@tiktok-live-rx/protocol';
import { errorForClose, type CloseContext } from './errorForClose.js';

/** The subset of the WebSocket API this library uses (browser `WebSocket` and `ws` both fit). */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /** Set to `'arraybuffer'` so binary frames are detectable. */
  binaryType: string;
  /** Open handler. */
  onopen: ((event: never) => unknown) | null;
  /** Message handler; `event.data` is a string for text frames. */
  onmessage: ((event: never) => unknown) | null;
  /** Close handler; the event carries `code` and `reason`. */
  onclose: ((event: never) => unknown) | null;
  /** Error handler (a close always follows). */
  onerror: ((event: never) => unknown) | null;
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void;
}

/** A WebSocket constructor: `ws`'s `WebSocket`, the browser's `WebSocket`, or a test double. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** What the transport emits into the connection pipeline (frames go through `onFrame`, off the pipeline). */
export type TransportSignal = 'established' | 'activity';

/** Configuration of {@link webSocketTransport}. */
export interface WebSocketTransportConfig {
  /** Full URL, credentials included. Never reported: errors carry the redacted form. */
  url: string;
  /** The constructor to use. */
  WebSocket: WebSocketConstructor;
  /** Fail with `ConnectTimeoutError` when the socket is not open after this many ms. */
  connectTimeoutMs: number;
  /** Fail with `StallError` after this many ms without a frame on an open socket; 0 disables. */
  stallTimeoutMs: number;
  /** Minimum spacing of `'activity'` signals, in ms. */
  activityIntervalMs: number;
  /** The configuration the close errors' advice should match. */
  closeContext?: CloseContext;
  /** Secret values to scrub from error texts. */
  secrets: () => readonly string[];
  /** Hot path: handles one frame (with its arrival time, epoch ms); returns true when it carried a session item (anything but workerInfo). */
  onFrame: (data: unknown, receivedAt: number) => boolean;
}

const CLOSED = 3;
const noop = (): void => {};

/**
 * One connect attempt as an Observable: subscribing opens a socket, frames go to
 * `onFrame` directly (the hot path never touches the operator chain), and the
 * pipeline sees `'established'` once the session starts, then throttled
 * `'activity'`. Every close errors with a typed error (`errorForClose`);
 * unsubscribing closes the socket with 1000.
 */
export function webSocketTransport(config: WebSocketTransportConfig): Observable<TransportSignal> {
  const { url, WebSocket, connectTimeoutMs, stallTimeoutMs, activityIntervalMs, secrets, onFrame, closeContext } = config;
  return new Observable<TransportSignal>((subscriber) => {
    let socket: WebSocketLike;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      subscriber.error(sanitize(error, secrets()));
      return undefined;
    }
    socket.binaryType = 'arraybuffer';

    let established = false;
    let lastSignalAt = 0;
    let lastFrameAt = 0;
    let lastErrorText = '';
    let watchdog: ReturnType<typeof setInterval> | undefined;
    const connectTimer = setTimeout(() => {
      fail(new ConnectTimeoutError(`The socket did not open within ${connectTimeoutMs} ms.`, { timeoutMs: connectTimeoutMs }));
    }, connectTimeoutMs);

    // Clearing a timer twice, or one that already fired, is a no-op.
    const detach = (): void => {
      clearTimeout(connectTimer);
      clearInterval(watchdog);
      socket.onopen = socket.onmessage = socket.onclose = null;
      // `ws` throws on an 'error' event without a listener: keep a no-op one.
      socket.onerror = noop;
    };
    // Client-side failure (timeout, stall): drop the socket at once, without waiting for a closing handshake.
    const fail = (error: TikTokLiveError): void => {
      detach();
      const terminate = (socket as { terminate?: () => void }).terminate;
      if (typeof terminate === 'function') terminate.call(socket);
      else socket.close(1000);
      subscriber.error(error);
    };

    socket.onopen = () => {
      clearTimeout(connectTimer);
      lastFrameAt = Date.now();
      if (stallTimeoutMs > 0) {
        const every = Math.max(10, Math.min(5000, Math.floor(stallTimeoutMs / 4)));
        watchdog = setInterval(() => {
          const idleMs = Date.now() - lastFrameAt;
          if (idleMs >= stallTimeoutMs) {
            fail(new StallError(`No frame for ${idleMs} ms (stallTimeoutMs ${stallTimeoutMs}); reconnecting.`, { idleMs, stallTimeoutMs }));
          }
        }, every);
      }
    };
    socket.onmessage = (event: { data: unknown }) => {
      const now = Date.now();
      lastFrameAt = now;
      if (!onFrame(event.data, now)) return;
      if (!established) {
        established = true;
        lastSignalAt = now;
        subscriber.next('established');
      } else if (now - lastSignalAt >= activityIntervalMs) {
        lastSignalAt = now;
        subscriber.next('activity');
      }
    };
    socket.onerror = (event: { message?: unknown; error?: unknown }) => {
      const message = event.message ?? (event.error instanceof Error ? event.error.message : undefined);
      if (typeof message === 'string') lastErrorText = message;
    };
    socket.onclose = (event: { code?: number; reason?: string }) => {
      detach();
      const code = typeof event.code === 'number' ? event.code : 1005;
      const reason = redactUrl(event.reason || lastErrorText, secrets());
      subscriber.error(errorForClose(code, reason, closeContext));
    };

    return () => {
      if (socket.onclose === null) return; // already failed or closed
      detach();
      if (socket.readyState !== CLOSED) {
        try {
          socket.close(1000);
        } catch {
          // Closing a socket that is still connecting may throw in some implementations; it is gone either way.
        }
      }
    };
  });
}

/** Wraps anything thrown by the WebSocket constructor without leaking the URL's credentials. */
function sanitize(error: unknown, secrets: readonly string[]): TikTokLiveError {
  const message = error instanceof Error ? error.message : String(error);
  return new TikTokLiveError(`Could not create the WebSocket: ${redactUrl(message, secrets)}`, 'unexpected');
}
