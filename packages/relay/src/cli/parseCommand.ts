/**
 * The bin's argument parser: turns argv into one typed command or throws a
 * {@link UsageError} (the bin prints it and exits 2). Pure: no I/O.
 */
import { parseArgs } from 'node:util';
import { normalizeUniqueId } from '@tiktok-live-rx/core';
import { relayNames } from '../relayNames.js';

/** Settings every command shares. */
export interface CommonSettings {
  /** NATS URL(s). */
  readonly servers: string[];
  /** Subject / bucket prefix. */
  readonly prefix: string | undefined;
}

/** One parsed command. */
export type RelayCommand =
  | { readonly kind: 'help' }
  | (CommonSettings & {
      readonly kind: 'worker';
      readonly capacity: number;
      readonly workerId: string | undefined;
      readonly leaseTtlMs: number | undefined;
      /** Euler WebSocket URL (the real service's default when unset). */
      readonly url: string | undefined;
    })
  | (CommonSettings & { readonly kind: 'add' | 'remove' | 'watch'; readonly uniqueId: string })
  | (CommonSettings & { readonly kind: 'list' });

/** A bad command line; the message says what is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The `--help` text. */
export const HELP = `Usage: tiktok-live-rx <command> [options]

Relay TikTok LIVE creators through NATS JetStream.

Commands:
  relay worker --capacity <n>   Hold up to n creators from the desired set and publish them
  add <creator>                 Add a creator to the desired set
  remove <creator>              Remove a creator from the desired set
  list                          Desired creators with owner, state and events/s
  watch <creator>               Print a creator's relayed events as they arrive
(\`relay add|remove|list|watch\` work too.)

Options:
  --nats <url>        NATS server URL, repeatable (default $NATS_URL or nats://127.0.0.1:4222)
  --prefix <p>        Subject and bucket prefix (default tlrx)
  --worker-id <id>    Worker id (default worker-<random>)
  --lease-ttl <ms>    Lease TTL of a worker (default 15000)
  --url <ws-url>      Euler WebSocket URL for the worker (default: the real service)
  -h, --help          Show this help

NATS credentials come from $NATS_USER + $NATS_PASSWORD or $NATS_TOKEN.
Workers connect to Euler with $EULER_API_KEY; without it they start an embedded simulator.`;

const COMMANDS = new Set(['worker', 'add', 'remove', 'list', 'watch']);

/** Parses `argv` (without `node` and the script). */
export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): RelayCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const words = positionals[0] === 'relay' ? positionals.slice(1) : positionals;
  const [name, ...rest] = words;
  if (name === undefined) throw new UsageError('missing command (worker, add, remove, list or watch)');
  if (!COMMANDS.has(name)) throw new UsageError(`unknown command "${name}"`);
  const servers = values.nats ?? [env.NATS_URL ?? 'nats://127.0.0.1:4222'];
  for (const url of servers) if (!/^(nats|tls|ws|wss):\/\/[^\s]+$/i.test(url) && !/^[\w.-]+:\d+$/.test(url)) throw new UsageError(`--nats got "${url}", which is not a NATS URL`);
  const prefix = values.prefix;
  if (prefix !== undefined) {
    try {
      relayNames(prefix);
    } catch (error) {
      throw new UsageError(`--prefix: ${(error as Error).message}`);
    }
  }
  const common = { servers, prefix };
  const extra = (allowed: number): void => {
    if (rest.length > allowed) throw new UsageError(`unexpected argument "${rest[allowed]}"`);
  };
  switch (name) {
    case 'worker': {
      extra(0);
      if (values.capacity === undefined) throw new UsageError('worker needs --capacity <n>');
      const capacity = integer(values.capacity, 'capacity', 1);
      const leaseTtlMs = values['lease-ttl'] === undefined ? undefined : integer(values['lease-ttl'], 'lease-ttl', 100);
      const workerId = values['worker-id'];
      if (workerId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(workerId)) throw new UsageError(`--worker-id got "${workerId}": use 1-64 of [A-Za-z0-9_-]`);
      const url = values.url;
      if (url !== undefined && !/^wss?:\/\/\S+$/i.test(url)) throw new UsageError(`--url got "${url}", which is not a ws:// or wss:// URL`);
      return { kind: 'worker', ...common, capacity, workerId, leaseTtlMs, url };
    }
    case 'list':
      extra(0);
      return { kind: 'list', ...common };
    default: {
      extra(1);
      const input = rest[0];
      if (input === undefined) throw new UsageError(`${name} needs a creator handle`);
      const uniqueId = normalizeUniqueId(input);
      if (uniqueId === undefined) throw new UsageError(`"${input}" is not a TikTok handle (letters, digits, '_' and '.', at most 24)`);
      return { kind: name as 'add' | 'remove' | 'watch', ...common, uniqueId };
    }
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      nats: { type: 'string', multiple: true },
      prefix: { type: 'string' },
      capacity: { type: 'string' },
      'worker-id': { type: 'string' },
      'lease-ttl': { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
}

function integer(value: string, name: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new UsageError(`--${name} got "${value}": expected an integer >= ${min}`);
  return n;
}
