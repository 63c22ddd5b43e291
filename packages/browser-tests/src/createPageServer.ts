import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocal } from '@tiktok-live-rx/test-utils';

/** Options of {@link createPageServer}. */
export interface PageServerOptions {
  /** The browser bundle, served at `/bundle.js`. */
  bundle: string;
  /** Where `POST /accounts/:id/jwt/create` is forwarded to (the simulator's REST base URL). */
  jwtUpstream: string;
  /** The API key the forwarder adds (`x-api-key`); the page never sees it. */
  apiKey: string;
}

/** A running page server. */
export interface PageServer {
  /** `http://127.0.0.1:PORT`: a different origin from the simulator's. */
  readonly url: string;
  /** Closes the server and its keep-alive connections; idempotent. */
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>tiktok-live-rx in the browser</title>
<script type="module" src="/bundle.js"></script>
</head>
<body></body>
</html>
`;

/**
 * A tiny static server on 127.0.0.1 for the test page: `/` (HTML), `/bundle.js`,
 * and a same-origin JWT endpoint that forwards `POST /accounts/:id/jwt/create`
 * to the simulator with the API key added server-side, the way an app's
 * backend (or a dev-server proxy) mints JWTs for its browser code.
 */
export async function createPageServer(options: PageServerOptions): Promise<PageServer> {
  const { bundle, jwtUpstream, apiKey } = options;
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`page server: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://page.invalid').pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE);
    if (req.method === 'GET' && path === '/bundle.js') return send(res, 200, 'text/javascript; charset=utf-8', bundle);
    if (req.method === 'POST' && /^\/accounts\/[^/]+\/jwt\/create$/.test(path)) {
      const upstream = await fetch(new URL(path, jwtUpstream), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: await readText(req),
      });
      return send(res, upstream.status, upstream.headers.get('content-type') ?? 'application/json', await upstream.text());
    }
    return send(res, 404, 'text/plain; charset=utf-8', `not found: ${path}`);
  }

  return listenLocal(server);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
