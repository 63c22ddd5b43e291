import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './parseCommand.js';

describe('parseCommand', () => {
  it('parses the worker command and its flags', () => {
    expect(parseCommand(['relay', 'worker', '--nats', 'nats://h:4222', '--capacity', '50', '--lease-ttl', '3000'])).toMatchObject({
      kind: 'worker',
      servers: ['nats://h:4222'],
      capacity: 50,
      leaseTtlMs: 3000,
    });
  });

  it('normalises the creator of add/remove/watch and reads NATS_URL', () => {
    expect(parseCommand(['add', '@Tv.Asahi'], { NATS_URL: 'nats://x:1' })).toMatchObject({ kind: 'add', uniqueId: 'tv.asahi', servers: ['nats://x:1'] });
    expect(parseCommand(['relay', 'watch', 'https://www.tiktok.com/@abc/live'])).toMatchObject({ kind: 'watch', uniqueId: 'abc' });
  });

  it.each([
    [['add', 'not valid!'], /not a TikTok handle/],
    [['add'], /needs a creator/],
    [['relay', 'worker'], /--capacity/],
    [['relay', 'worker', '--capacity', '1.5'], /integer/],
    [['frobnicate'], /unknown command/],
    [['list', '--nats', 'http://x'], /not a NATS URL/],
    [['list', '--bogus'], /bogus/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('the bin exits 2 with the message on bad arguments', () => {
    const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--conditions=@tiktok-live-rx/source', '--import', 'tsx', bin, 'add', 'bad id!'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"bad id!" is not a TikTok handle');
  });
});
