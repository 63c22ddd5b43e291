import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { LiveBackend } from '../createLiveBackend.js';
import { listenLocal } from '@tiktok-live-rx/test-utils';

/** Options of {@link serveDemoBuild}. */
export interface ServeDemoBuildOptions {
  /** The built page (`vite build`'s `outDir`). */
  root: string;
  /** The backend whose middleware answers `/api/*`: the same one the Vite plugin mounts. */
  backend: LiveBackend;
}

/** A running demo server. */
export interface DemoBuildServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Closes the server and its keep-alive connections; idempotent. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A tiny production server for the e2e tests: the backend's middleware first, then the built
 * files from `root` (`index.html` for any other path), on 127.0.0.1 and a free port.
 */
export async function serveDemoBuild(options: ServeDemoBuildOptions): Promise<DemoBuildServer> {
  const { root, backend } = options;
  const server = createServer((req, res) => {
    backend.handle(req, res, (error) => {
      if (error !== undefined) return fail(res, 500);
      serveFile(root, req, res).catch(() => fail(res, 500));
    });
  });
  return listenLocal(server);
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405);
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
  const candidate = normalize(join(root, pathname));
  // Anything outside `root` (or a directory) gets the page itself.
  const inside = candidate.startsWith(root.endsWith(sep) ? root : root + sep);
  const info = inside ? await stat(candidate).catch(() => undefined) : undefined;
  const file = info?.isFile() ? candidate : join(root, 'index.html');
  const size = info?.isFile() ? info.size : (await stat(file)).size;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

function fail(res: ServerResponse, status: number): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(String(status));
}
