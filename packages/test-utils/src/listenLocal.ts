import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test HTTP server listening on 127.0.0.1. */
export interface LocalServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The port it got. */
  readonly port: number;
  /** Stops listening and drops keep-alive connections; idempotent. */
  close(): Promise<void>;
}

/** Starts `server` on 127.0.0.1 with a free port (loopback only, as every test server here). */
export async function listenLocal(server: Server): Promise<LocalServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
