#!/usr/bin/env node
/**
 * `tiktok-live-sim`: runs the simulator from the command line.
 * The first stdout line is one JSON object `{"ws","http","apiKey","accountId"}`;
 * a readable log follows (credentials redacted).
 */
import { parseArgs } from 'node:util';
import { createSimulator } from './createSimulator.js';
import { DEFAULT_CLI_PORT, DEFAULT_MAX_SOCKETS_PER_ACCOUNT, DEMO_API_KEY } from './defaults.js';

const HELP = `Usage: tiktok-live-sim [options]

A local stand-in for the Euler Stream TikTok LIVE WebSocket + REST service.

Options:
  --port <n>           Port for WebSocket and HTTP (default ${DEFAULT_CLI_PORT}; 0 = any free port)
  --host <addr>        Interface to listen on (default 127.0.0.1)
  --seed <n>           Seed of the event generators (default 1)
  --api-key <key>      Accepted API key (default ${DEMO_API_KEY}); repeat for several
  --time-scale <x>     Multiply service timers (4006, 4555, stream end), e.g. 0.01
  --event-rate <x>     Multiply the pace of scenario events (default 1)
  --max-sockets <n>    Concurrent sockets per account (default ${DEFAULT_MAX_SOCKETS_PER_ACCOUNT})
  --replay <id=path>   Replay an NDJSON recording to creator <id> (created if unknown)
  --replay-speed <x>   Replay speed (default 1; Infinity = no delays)
  --quiet              Print only the first JSON line
  -h, --help           Show this help

Built-in creators: tv_asahi_news (busy), offline_creator (4404), ending_creator (ends → 4005),
gift_storm, quiet_creator, silent_creator. Control over HTTP under /_sim/ (see README).`;

function fail(message: string): never {
  process.stderr.write(`tiktok-live-sim: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

function numberFlag(value: string | undefined, name: string, fallback: number, check: (n: number) => boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || Number.isNaN(n) || !check(n)) fail(`--${name} got "${value}", which is not valid`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'api-key': { type: 'string', multiple: true },
      'time-scale': { type: 'string' },
      'event-rate': { type: 'string' },
      'max-sockets': { type: 'string' },
      replay: { type: 'string', multiple: true },
      'replay-speed': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values } = args;
if (values.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const port = numberFlag(values.port, 'port', DEFAULT_CLI_PORT, (n) => Number.isInteger(n) && n >= 0 && n <= 65535);
const seed = numberFlag(values.seed, 'seed', 1, Number.isInteger);
const timeScale = numberFlag(values['time-scale'], 'time-scale', 1, (n) => n > 0 && Number.isFinite(n));
const eventRate = numberFlag(values['event-rate'], 'event-rate', 1, (n) => n > 0 && Number.isFinite(n));
const maxSockets = numberFlag(values['max-sockets'], 'max-sockets', DEFAULT_MAX_SOCKETS_PER_ACCOUNT, (n) => Number.isInteger(n) && n > 0);
const replaySpeed = numberFlag(values['replay-speed'], 'replay-speed', 1, (n) => n > 0);
const replays = (values.replay ?? []).map((spec) => {
  const at = spec.indexOf('=');
  if (at <= 0 || at === spec.length - 1) fail(`--replay expects <uniqueId>=<path>, got "${spec}"`);
  return { uniqueId: spec.slice(0, at), path: spec.slice(at + 1) };
});
const apiKeys = values['api-key'] ?? [DEMO_API_KEY];
if (apiKeys.some((k) => k === '')) fail('--api-key must not be empty');

const quiet = values.quiet ?? false;
const stamp = () => new Date().toISOString().slice(11, 23);
// The JSON line must be the first stdout line, so log lines wait until it is out.
let ready = false;
// A script that reads the first line and closes the pipe (`tiktok-live-sim | head -1`)
// must not kill the simulator: stop logging and keep serving.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stdoutClosed = true;
  else throw error;
});
const pending: string[] = [];
const log = (line: string) => {
  if (quiet || stdoutClosed) return;
  const text = `${stamp()} ${line}\n`;
  if (ready) process.stdout.write(text);
  else pending.push(text);
};

let sim: Awaited<ReturnType<typeof createSimulator>>;
try {
  sim = await createSimulator({
    port,
    seed,
    timeScale,
    eventRate,
    apiKeys,
    maxSocketsPerAccount: maxSockets,
    log,
    ...(values.host ? { host: values.host } : {}),
  });
} catch (error) {
  process.stderr.write(`tiktok-live-sim: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

process.stdout.write(`${JSON.stringify({ ws: sim.wsUrl, http: sim.httpUrl, apiKey: sim.apiKey, accountId: sim.accountId })}\n`);
ready = true;
for (const text of pending.splice(0)) process.stdout.write(text);
log(`creators: ${sim.creators.join(', ')}`);
log(`try: ${sim.wsUrl}/?uniqueId=tv_asahi_news&apiKey=<the apiKey above>`);

for (const { uniqueId, path } of replays) {
  if (!sim.creators.includes(uniqueId.toLowerCase())) sim.setLive(uniqueId, true);
  const handle = sim.replay(uniqueId, path, { speed: replaySpeed });
  void handle.done.then((result) => log(`replay @${uniqueId} done: ${JSON.stringify(result)}`));
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
