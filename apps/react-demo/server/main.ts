/**
 * `pnpm demo:web` / `pnpm --filter @tiktok-live-rx/react-demo dev`: one Node process with the
 * Vite dev server, the demo's backend (`/api/live-config`, `/api/jwt`) and, unless
 * `EULER_API_KEY` and `EULER_ACCOUNT_ID` are set, the embedded simulator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx server/main.ts [--preview] [--port N] [--host H]
 *
 * `--preview` serves the production build (`vite build` first) instead of the dev server.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, preview } from 'vite';
import { liveBackendPlugin } from './liveBackendPlugin.js';

// pnpm passes a literal `--` through (`pnpm dev -- --port 3000`); accept both spellings.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    preview: { type: 'boolean', default: false },
    port: { type: 'string' },
    host: { type: 'string' },
  },
});
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
  console.error('--port takes a port number (0–65535)');
  process.exit(2);
}

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const backendPlugin = liveBackendPlugin();
const listen = { port, host: values.host };

let server: { close(): Promise<void>; resolvedUrls: { local: string[]; network: string[] } | null };
try {
  if (values.preview) {
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
  [
    '',
    `  tiktok-live-rx React demo${values.preview ? ' (production build)' : ''}`,
    '',
    `  ➜  Open ${url}`,
    `     Events from ${source}.`,
    '     Ctrl-C to stop.',
    '',
  ].join('\n'),
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await backendPlugin.api.close();
  console.log('Bye.');
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
