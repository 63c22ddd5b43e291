/**
 * The dev/preview entry of a web demo: one Node process with the Vite dev server (or the
 * production build with `--preview`), the demo backend and, unless `EULER_API_KEY` and
 * `EULER_ACCOUNT_ID` are set, the embedded simulator. A demo's `server/main.ts` is one call:
 *
 *   await startDemoServer({ title: 'React demo', configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
 *
 * Command line: `[--preview] [--port N] [--host H]` (a leading `--` from pnpm is accepted).
 */
import { parseArgs } from 'node:util';
import { createServer, preview } from 'vite';
import type { LiveBackendOptions } from './createLiveBackend.js';
import { liveBackendPlugin } from './liveBackendPlugin.js';

/** Options of {@link startDemoServer}. */
export interface StartDemoServerOptions {
  /** Shown in the banner, e.g. `'React demo'`. */
  title: string;
  /** The demo's `vite.config.ts` (absolute path). */
  configFile: string;
  /** Command-line arguments. @default process.argv.slice(2) */
  argv?: readonly string[];
  /** Options of the backend. @default {} */
  backend?: LiveBackendOptions;
}

/** What a running demo server gives back (for scripts that start several). */
export interface RunningDemoServer {
  /** The address to open. */
  readonly url: string;
  /** Stops the server and the backend; idempotent. */
  close(): Promise<void>;
}

/**
 * Starts the demo, prints its address and where the events come from, and stops everything
 * on SIGINT/SIGTERM (exit 0). Bad arguments exit 2, a server that cannot start exits 1.
 */
export async function startDemoServer(options: StartDemoServerOptions): Promise<RunningDemoServer> {
  const { title, configFile, backend: backendOptions = {} } = options;
  const argv = [...(options.argv ?? process.argv.slice(2))];
  // pnpm passes a literal `--` through (`pnpm dev -- --port 3000`); accept both spellings.
  if (argv[0] === '--') argv.shift();
  let values: { preview?: boolean | undefined; port?: string | undefined; host?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { preview: { type: 'boolean', default: false }, port: { type: 'string' }, host: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: [--preview] [--port N] [--host H]`);
    process.exit(2);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    console.error('--port takes a port number (0–65535)');
    process.exit(2);
  }

  const backendPlugin = liveBackendPlugin(backendOptions);
  const listen = { port, host: values.host };
  let server: { close(): Promise<void>; resolvedUrls: { local: string[]; network: string[] } | null };
  try {
    if (values.preview === true) {
      server = await preview({ configFile, plugins: [backendPlugin], preview: listen });
    } else {
      const dev = await createServer({ configFile, plugins: [backendPlugin], server: listen });
      await dev.listen();
      server = dev;
    }
  } catch (error) {
    await backendPlugin.api.close();
    console.error(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  const backend = backendPlugin.api.backend();
  const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0] ?? '(no URL: see above)';
  const source =
    backend?.config.service === 'euler-stream'
      ? `Euler Stream (${backend.config.wsUrl}); the API key stays in this process, the page gets JWTs`
      : `the embedded simulator at ${backend?.config.wsUrl ?? '?'} (set EULER_API_KEY and EULER_ACCOUNT_ID for the real service)`;
  console.log(
    ['', `  tiktok-live-rx ${title}${values.preview === true ? ' (production build)' : ''}`, '', `  ➜  Open ${url}`, `     Events from ${source}.`, '     Ctrl-C to stop.', ''].join('\n'),
  );

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await server.close();
      await backendPlugin.api.close();
    })();
    return closing;
  };
  const stop = async (): Promise<void> => {
    await close();
    console.log('Bye.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return { url, close };
}
