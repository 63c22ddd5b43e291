/**
 * `pnpm demo`: the web demos in ONE Node process. One demo backend (`@tiktok-live-rx/demo-backend`:
 * `/api/live-config`, `/api/jwt`, `/api/room-video`; the embedded simulator unless `EULER_API_KEY` and
 * `EULER_ACCOUNT_ID` are set) mounted on two Vite dev servers: the React dashboard and the Vue
 * dashboard, each with its overlays under `/overlay/…`. Prints the URLs; Ctrl-C (or SIGTERM)
 * stops everything and exits 0.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx scripts/webDemos.ts [--only react|vue] [--host H]
 *
 * Vite dev, not a build: nothing is compiled up front, so a fresh clone starts in seconds.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { LiveBackend } from '@tiktok-live-rx/demo-backend';
import type { Plugin, ViteDevServer } from 'vite';

const APPS = {
  react: { name: 'React', dir: new URL('../apps/react-demo/', import.meta.url), port: 5173 },
  vue: { name: 'Vue', dir: new URL('../apps/vue-demo/', import.meta.url), port: 5174 },
} as const;
type AppName = keyof typeof APPS;

const argv = process.argv.slice(2);
// pnpm passes a literal `--` through (`pnpm demo -- --only vue`); accept both spellings.
if (argv[0] === '--') argv.shift();
let values: { only?: string | undefined; host?: string | undefined };
try {
  ({ values } = parseArgs({ args: argv, options: { only: { type: 'string' }, host: { type: 'string' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: pnpm demo [-- --only react|vue] [--host H]`);
  process.exit(2);
}
if (values.only !== undefined && !(values.only in APPS)) {
  console.error(`--only takes react or vue (got "${values.only}")`);
  process.exit(2);
}
const names = (values.only === undefined ? Object.keys(APPS) : [values.only]) as AppName[];

// Vite and the demo backend are dependencies of the apps, not of the repository root: load them from there.
const fromApp = createRequire(new URL('package.json', APPS.vue.dir));
const { createServer } = (await import(pathToFileURL(fromApp.resolve('vite')).href)) as typeof import('vite');
const { createLiveBackend } = (await import(pathToFileURL(fromApp.resolve('@tiktok-live-rx/demo-backend')).href)) as typeof import('@tiktok-live-rx/demo-backend');

/** Mounts the one shared backend in front of Vite's own middlewares. */
function backendPlugin(backend: LiveBackend): Plugin {
  return { name: 'tiktok-live-rx:shared-demo-backend', configureServer: (server) => void server.middlewares.use(backend.handle) };
}

let backend: LiveBackend | undefined;
const servers: ViteDevServer[] = [];
let stopping: Promise<void> | undefined;

function stop(code: number): Promise<void> {
  stopping ??= (async () => {
    await Promise.allSettled(servers.map((server) => server.close()));
    await backend?.close();
    process.exit(code);
  })();
  return stopping;
}
// Exit at once on Ctrl-C: pnpm does not wait for its child, and reports "ELIFECYCLE" unless the
// child is gone with code 0 by the time it looks (pnpm/pnpm#9945). Everything this process
// started (the simulator, the Vite servers) lives inside it and ends with it.
const quit = (): never => {
  console.log('Bye.');
  process.exit(0);
};
process.once('SIGINT', quit);
process.once('SIGTERM', quit);

try {
  backend = await createLiveBackend();
  for (const name of names) {
    const app = APPS[name];
    const server = await createServer({
      configFile: fileURLToPath(new URL('vite.config.ts', app.dir)),
      plugins: [backendPlugin(backend)],
      server: { port: app.port, host: values.host },
      logLevel: 'warn',
      clearScreen: false,
    });
    servers.push(server);
    await server.listen();
  }
} catch (error) {
  console.error(`Could not start the demos: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}

const source =
  backend?.config.service === 'euler-stream'
    ? `Euler Stream (${backend.config.wsUrl}); the API key stays in this process, the pages get JWTs`
    : `the embedded simulator at ${backend?.config.wsUrl ?? '?'} (set EULER_API_KEY and EULER_ACCOUNT_ID for the real service)`;
const lines = ['', '  tiktok-live-rx web demos (Vite dev)', ''];
names.forEach((name, index) => {
  const url = (servers[index]?.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  lines.push(`  ➜  ${`${APPS[name].name} dashboard`.padEnd(16)} ${url}/`);
  lines.push(`     ${'overlays'.padEnd(16)} ${url}/overlay/alerts · /overlay/chat · /overlay/goal?goal=500 · /overlay/leaderboard`);
});
lines.push('', `  Events from ${source}.`, '  Ctrl-C to stop.', '');
console.log(lines.join('\n'));
