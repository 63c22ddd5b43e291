/**
 * `pnpm --filter @tiktok-live-rx/vue-demo dev` (the Vue demo alone; `pnpm demo` runs both): one Node
 * process with the Vite dev server, the shared demo backend (`/api/live-config`, `/api/jwt`,
 * `/api/room-video`, from `@tiktok-live-rx/demo-backend`) and, unless `EULER_API_KEY` and
 * `EULER_ACCOUNT_ID` are set, the embedded simulator.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx server/main.ts [--preview] [--port N] [--host H]
 *
 * `--preview` serves the production build (`vite build` first) instead of the dev server.
 */
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '@tiktok-live-rx/demo-backend';

await startDemoServer({ title: 'Vue demo', configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
