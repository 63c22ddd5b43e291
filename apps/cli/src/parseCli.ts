import { parseArgs } from 'node:util';
import { normalizeUniqueId } from '@tiktok-live-rx/core';
import { parseTypes, type TypeFilter } from './eventTypes.js';
import { UsageError } from './usageError.js';

/** How events are printed. */
export interface OutputOptions {
  /** NDJSON on stdout instead of the terminal view. */
  json: boolean;
  /** Event types to show. */
  types: TypeFilter;
}

/** A parsed command line. */
export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'watch'; creators: string[]; output: OutputOptions; untilLive: boolean; seconds: number | undefined }
  | { command: 'record'; creator: string; file: string; untilLive: boolean; seconds: number | undefined }
  | { command: 'replay'; file: string; output: OutputOptions; speed: number; seconds: number | undefined };

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  types: { type: 'string' },
  'until-live': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  speed: { type: 'string' },
  seconds: { type: 'string' },
} as const;

/** Which options each command takes (anything else is a usage error, not silently ignored). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  watch: ['json', 'types', 'until-live', 'seconds'],
  record: ['output', 'until-live', 'seconds'],
  replay: ['json', 'types', 'speed', 'seconds'],
};

/**
 * Parses `argv` (without `node` and the script) into a command. Throws a
 * {@link UsageError} naming the problem for unknown commands or options,
 * missing or extra arguments, invalid creator handles and bad numbers.
 */
export function parseCli(argv: readonly string[]): CliCommand {
  // `pnpm cli -- watch x` passes the `--` through; accept both spellings.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util explains unknown options and missing values well; keep its first sentence only.
    const message = error instanceof Error ? error.message.split('. ')[0]?.replace(/\.$/, '') : String(error);
    throw new UsageError(message ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command: use watch, record or replay');
  const allowed = ALLOWED[command];
  if (allowed === undefined) throw new UsageError(`unknown command "${command}": use watch, record or replay`);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.includes(name)) throw new UsageError(`--${name} does not apply to ${command}`);
  }
  const seconds = values.seconds === undefined ? undefined : positiveNumber('--seconds', values.seconds);
  const output = (): OutputOptions => ({ json: values.json === true, types: parseTypes(values.types) });

  switch (command) {
    case 'watch':
      if (rest.length === 0) throw new UsageError('watch needs at least one creator, e.g. tiktok-live watch tv_asahi_news');
      return { command, creators: unique(rest.map(creatorHandle)), output: output(), untilLive: values['until-live'] === true, seconds };
    case 'record': {
      if (rest.length !== 1) throw new UsageError('record takes exactly one creator, e.g. tiktok-live record tv_asahi_news -o session.ndjson');
      if (values.output === undefined || values.output === '') throw new UsageError('record needs -o <file.ndjson>');
      return { command, creator: creatorHandle(rest[0] as string), file: values.output, untilLive: values['until-live'] === true, seconds };
    }
    default: {
      if (rest.length !== 1) throw new UsageError('replay takes exactly one file, e.g. tiktok-live replay session.ndjson');
      const speed = values.speed === undefined ? 1 : values.speed === 'instant' ? Number.POSITIVE_INFINITY : positiveNumber('--speed', values.speed);
      return { command: 'replay', file: rest[0] as string, output: output(), speed, seconds };
    }
  }
}

/** A creator argument as the normalised handle (`@Name`, profile and live URLs accepted). */
function creatorHandle(input: string): string {
  const handle = normalizeUniqueId(input);
  if (handle === undefined) {
    throw new UsageError(`invalid creator handle "${input}": a TikTok handle is 1–24 letters, digits, "_" or "." (an @handle or a tiktok.com/@handle URL also works)`);
  }
  return handle;
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} takes a positive number, not "${text}"`);
  return value;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
