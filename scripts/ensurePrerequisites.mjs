// Makes sure the machine has what the test command needs beyond Node and npm: Debian's
// Chromium (browser tests), the emoji and CJK fonts it renders chat with, and nats-server
// (relay tests). Missing ones are installed with apt-get when we are root; otherwise one
// line says what to install, and the exit code is 1.
// --check only reports (exit 1 when something is missing). CHROMIUM_PATH and
// NATS_SERVER_PATH point at other binaries, as the tests themselves honour them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether an executable named `name` is on PATH (or in /usr/sbin, where Debian puts nats-server). */
function onPath(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs.some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Each prerequisite: its Debian package and how to tell it is there. */
const PREREQUISITES = [
  { apt: 'chromium', found: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { apt: 'fonts-noto-color-emoji', found: () => existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf') },
  { apt: 'fonts-noto-cjk', found: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  {
    apt: 'nats-server',
    found: () => (process.env.NATS_SERVER_PATH ? existsSync(process.env.NATS_SERVER_PATH) : onPath('nats-server')),
  },
];

const missing = () => PREREQUISITES.filter((p) => !p.found()).map((p) => p.apt);
const installLine = (names) => `apt-get update && apt-get install -y ${names.join(' ')}`;

const before = missing();
if (before.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (process.argv.includes('--check') || !isRoot || !onPath('apt-get')) {
  console.error(
    `Missing test prerequisites: ${before.join(', ')}. Install them first (Debian, as root): ${installLine(before)}` +
      (isRoot || process.argv.includes('--check') ? '' : ' (or run this command as root and it installs them itself).'),
  );
  process.exit(1);
}

console.log(`== installing test prerequisites: ${installLine(before)}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...before]]) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (run.status !== 0) {
    console.error(`apt-get ${args[0]} failed (exit ${run.status ?? run.signal}); install by hand: ${installLine(before)}`);
    process.exit(1);
  }
}
const after = missing();
if (after.length > 0) {
  console.error(`Still missing after apt-get: ${after.join(', ')} (check CHROMIUM_PATH / NATS_SERVER_PATH).`);
  process.exit(1);
}
