import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a quiet, offline headless Chromium in a container. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** A running Chromium and the means to prove it is gone. */
export interface ChromiumHandle {
  /** The browser context (persistent, with a fresh temporary profile). */
  readonly context: BrowserContext;
  /** Live (non-zombie) processes of this browser instance: every one carries the temporary directory in its command line. */
  livePids(): number[];
  /**
   * Closes the browser, waits up to `graceMs` for its processes to exit, SIGKILLs the
   * rest (returned in `killed`) and removes the temporary directory. Idempotent.
   */
  close(graceMs?: number): Promise<{ killed: number[] }>;
}

/**
 * Launches Debian's Chromium through playwright-core with a fresh profile and
 * `HOME` in one temporary directory. Pointing `HOME` there too puts the
 * directory into the crashpad handlers' command lines (their crash database
 * lives under `HOME`), so {@link ChromiumHandle.livePids} finds those as well,
 * although they are reparented away from us.
 *
 * Throws when the browser is not installed: CI installs it, so a missing
 * browser is a failure, not a reason to skip.
 */
export async function launchChromium(): Promise<ChromiumHandle> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get update && apt-get install -y chromium\` ` +
        '(`npx playwright install` does not work here), or set CHROMIUM_PATH. CI installs it for every package that names playwright-core.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'tiktok-live-rx-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, '.config') },
      timeout: 30_000,
    });
  } catch (error) {
    killAll(dir);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  let closing: Promise<{ killed: number[] }> | undefined;
  return {
    context,
    livePids: () => livePidsMatching(dir),
    close(graceMs = 5000) {
      closing ??= (async () => {
        await settleWithin(context.close(), graceMs);
        const deadline = Date.now() + graceMs;
        while (livePidsMatching(dir).length > 0 && Date.now() < deadline) await delay(50);
        const killed = killAll(dir);
        rmSync(dir, { recursive: true, force: true });
        return { killed };
      })();
      return closing;
    },
  };
}

function killAll(marker: string): number[] {
  const pids = livePidsMatching(marker);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids;
}

/** PIDs of running (not zombie) processes whose command line contains `marker`; Linux `/proc` only. */
function livePidsMatching(marker: string): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The state letter follows the parenthesised command name, which may itself contain spaces.
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state !== 'Z' && state !== 'X') pids.push(Number(name));
    } catch {
      // The process exited while we looked.
    }
  }
  return pids;
}

/** Waits for `promise` (ignoring its failure) or `ms`, whichever comes first, without leaving a timer behind. */
async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise.catch(() => undefined), timeout]);
  clearTimeout(timer);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
