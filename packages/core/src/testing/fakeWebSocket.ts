/**
 * A scripted WebSocket double (tests only): each instance runs `script` once
 * constructed, and records the URL it was given.
 */
import type { WebSocketConstructor, WebSocketLike } from '../transport/webSocketTransport.js';

type Handler = ((event: never) => unknown) | null;

/** What a script can do with one fake socket. */
export interface FakeSocketControl {
  readonly url: string;
  open(): void;
  message(data: unknown): void;
  close(code: number, reason?: string): void;
}

/** A constructor whose instances follow `script`; `urls` lists every URL used. */
export function fakeWebSocket(script: (socket: FakeSocketControl, index: number) => void): WebSocketConstructor & { urls: string[] } {
  const urls: string[] = [];
  class FakeWebSocket implements WebSocketLike {
    readyState = 0;
    binaryType = 'blob';
    onopen: Handler = null;
    onmessage: Handler = null;
    onclose: Handler = null;
    onerror: Handler = null;
    constructor(url: string) {
      urls.push(url);
      const index = urls.length - 1;
      const fire = (handler: Handler, event: unknown) => (handler as ((e: unknown) => void) | null)?.(event);
      const control: FakeSocketControl = {
        url,
        open: () => {
          this.readyState = 1;
          fire(this.onopen, {});
        },
        message: (data) => fire(this.onmessage, { data }),
        close: (code, reason = '') => {
          this.readyState = 3;
          fire(this.onclose, { code, reason, wasClean: true });
        },
      };
      setTimeout(() => script(control, index), 0);
    }
    close(): void {
      this.readyState = 3;
    }
  }
  return Object.assign(FakeWebSocket, { urls });
}
