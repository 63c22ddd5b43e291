import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing/memoryIo.js';
import { runCli, STACK_LINE } from './testing/runCli.js';

const runMain = async (args: string[]) => {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
};

describe('bad arguments (real processes)', () => {
  it.each([
    ['an unknown option', ['watch', 'tv_asahi_news', '--colour'], /Unknown option '--colour'/],
    ['an unknown command', ['stream', 'tv_asahi_news'], /unknown command "stream"/],
    ['an invalid creator handle', ['watch', 'not a handle!'], /invalid creator handle "not a handle!"/],
  ] as [string, string[], RegExp][])('%s: exit 2 with one clear line, no stack trace', async (_what, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Run "tiktok-live --help" for usage.');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stdout).toBe('');
  });
});

describe('bad arguments (main)', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['watch', 'tv_asahi_news', '--colour'], /Unknown option '--colour'/],
    ['an unknown command', ['stream', 'tv_asahi_news'], /unknown command "stream"/],
    ['no command', [], /missing command/],
    ['an invalid creator handle', ['watch', 'not a handle!'], /invalid creator handle "not a handle!"/],
    ['watch without a creator', ['watch', '--json'], /watch needs at least one creator/],
    ['an unknown --types name', ['watch', 'tv_asahi_news', '--json', '--types', 'chat,gifts'], /unknown event type "gifts"/],
    ['a bad --seconds value', ['watch', 'tv_asahi_news', '--seconds', 'soon'], /--seconds takes a positive number, not "soon"/],
    ['record without -o', ['record', 'tv_asahi_news'], /record needs -o <file\.ndjson>/],
    ['an option of another command', ['watch', 'tv_asahi_news', '--speed', '2'], /--speed does not apply to watch/],
    ['replay of a missing file', ['replay', join(tmpdir(), 'no-such-recording.ndjson')], /cannot read .*no-such-recording\.ndjson: ENOENT/],
  ];

  it.each(cases)('%s: a one-line message, a usage hint, exit 2, no stack trace', async (_what, args, message) => {
    const { code, stdout, stderr } = await runMain(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Run "tiktok-live --help" for usage.');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stdout).toBe('');
  });

  it('replay of a file that is not a recording exits 2', async () => {
    const file = join(tmpdir(), `not-a-recording-${process.pid}.ndjson`);
    await writeFile(file, 'hello\n{"x":1}\n');
    const { code, stderr } = await runMain(['replay', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('holds no recorded frames');
  });

  it('record to a path that cannot be written exits 2 before connecting', async () => {
    const { code, stderr } = await runMain(['record', 'tv_asahi_news', '-o', join(tmpdir(), 'no-such-dir', 'x', 'out.ndjson')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*out\.ndjson: ENOENT/);
    expect(stderr).not.toContain('recording @');
  });

  it('--help prints the usage and exits 0; the `--` pnpm passes through is accepted', async () => {
    const { code, stdout } = await runMain(['--', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('tiktok-live watch <creator...>');
    expect(stdout).toContain('tiktok-live replay <file.ndjson>');
  });
});
