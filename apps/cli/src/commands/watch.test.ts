import { spawn } from 'node:child_process';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { describe, expect, it } from 'vitest';
import { appDir, CLI, finished, ndjson, runCli, startCli, STACK_LINE, waitForLine } from '../testing/runCli.js';

/** Polls `predicate` until it holds (30 s at most). */
async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('tiktok-live watch', () => {
  it('shows several creators tagged: status, room, chat, final gifts and top gifters, then exits 0 after --seconds', async () => {
    const { code, stdout, stderr } = await runCli(['watch', 'tv_asahi_news', '@Gift_Storm', '--seconds', '12']);
    expect(code).toBe(0);
    expect(stderr).toContain('watching @tv_asahi_news, @gift_storm on the embedded simulator');
    expect(stdout).toMatch(/^\[@tv_asahi_news\] ⚡ ● connected$/m);
    expect(stdout).toMatch(/^\[@gift_storm\] ⚡ ● connected$/m);
    expect(stdout).toMatch(/^\[@tv_asahi_news\] 📺 .+ — by .+$/m);
    expect(stdout.match(/^\[@tv_asahi_news\] 💬 .+: .+$/gm)?.length ?? 0).toBeGreaterThan(2);
    // One line per finished streak, with the sender's handle and the streak total.
    expect(stdout).toMatch(/^\[@gift_storm\] 🎁 .+ \(@[a-z0-9_.]+\) sent .+ ×\d+ \([\d,]+ 💎\)$/m);
    expect(stdout).toMatch(/^\[@gift_storm\] 🏆 top gifters: .+ \(@[a-z0-9_.]+\) [\d,]+ 💎/m);
    expect(stdout).toMatch(/^\[@tv_asahi_news\] 👀 [\d,]+$/m);
    expect(stdout).not.toContain('[sticker]');
  }, 60_000);

  it('--json writes one parseable event per line, tagged with the creator', async () => {
    const { code, stdout } = await runCli(['watch', 'tv_asahi_news', '--json', '--seconds', '6']);
    expect(code).toBe(0);
    const events = ndjson(stdout);
    expect(events.length).toBeGreaterThan(10);
    expect(new Set(events.map((e) => e.uniqueId))).toEqual(new Set(['tv_asahi_news']));
    const types = new Set(events.map((e) => e.type));
    for (const type of ['roomInfo', 'WebcastChatMessage', 'WebcastGiftMessage', 'WebcastRoomUserSeqMessage']) expect(types).toContain(type);
    const chat = events.find((e) => e.type === 'WebcastChatMessage')!;
    expect(typeof chat.data['content']).toBe('string'); // normalised (v3 names)
    expect(typeof chat.t).toBe('number');
    // The derived types only come when asked for.
    expect(types).not.toContain('giftFinal');
    expect(types).not.toContain('state');
  }, 60_000);

  it('--types chat,giftFinal,state keeps only those types', async () => {
    const { code, stdout } = await runCli(['watch', 'gift_storm', '--json', '--types', 'chat,giftFinal,state', '--seconds', '8']);
    expect(code).toBe(0);
    const events = ndjson(stdout);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['WebcastChatMessage', 'giftFinal', 'state']));
    const final = events.find((e) => e.type === 'giftFinal')!;
    expect(final.data).toMatchObject({ repeatCount: expect.any(Number), totalDiamonds: expect.any(Number), endedBy: expect.any(String) });
    expect(events.filter((e) => e.type === 'state').map((e) => e.data['status'])).toContain('connected');
  }, 60_000);

  it('exits 0 when the reader closes the pipe (| head -1)', async () => {
    const command = `set -o pipefail; ${CLI.map((a) => `'${a}'`).join(' ')} watch tv_asahi_news --json | head -1`;
    const shell = spawn('bash', ['-c', command], { cwd: appDir, env: { ...process.env, EULER_API_KEY: '' } });
    const { code, stdout, stderr } = await finished(shell);
    expect(code).toBe(0); // pipefail: this is the CLI's own exit code
    expect(ndjson(stdout)).toHaveLength(1);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  }, 60_000);

  it('exits 0 on Ctrl-C (SIGINT) after printing a clean last line', async () => {
    const child = startCli(['watch', 'tv_asahi_news']);
    const result = finished(child);
    await waitForLine(child, /💬 /);
    child.kill('SIGINT');
    const { code, signal, stdout, stderr } = await result;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stderr).not.toMatch(STACK_LINE);
  }, 60_000);

  it('an offline creator ends at once with exit 1 and a hint; --until-live waits with a countdown instead', async () => {
    const ended = await runCli(['watch', 'offline_creator']);
    expect(ended.code).toBe(1);
    expect(ended.stdout).toContain('■ not live (use --until-live to wait)');
    const waiting = await runCli(['watch', 'offline_creator', '--until-live', '--seconds', '4']);
    expect(waiting.code).toBe(0);
    expect(waiting.stdout).toMatch(/⏳ not live, next check in \d+s/);
  }, 60_000);

  it('with EULER_API_KEY it connects to the service (EULER_WS_URL) with that key, and never prints the key', async () => {
    const service = await createSimulator({ apiKeys: ['real-looking-key-123456'], creators: [{ uniqueId: 'remote_creator', live: true }] });
    try {
      const env = { EULER_API_KEY: 'real-looking-key-123456', EULER_WS_URL: service.wsUrl };
      const ok = await runCli(['watch', 'remote_creator', '--json', '--types', 'roomInfo', '--seconds', '4'], env);
      expect(ok.code).toBe(0);
      expect(ndjson(ok.stdout)[0]?.data).toMatchObject({ raw: { owner: { display_id: 'remote_creator' } } });
      expect(service.handshakes.some((h) => h.uniqueId === 'remote_creator' && h.query['apiKey'] === 'real-looking-key-123456')).toBe(true);
      expect(ok.stdout + ok.stderr).not.toContain('real-looking-key-123456');

      const rejected = await runCli(['watch', 'remote_creator'], { EULER_API_KEY: `${DEMO_API_KEY}-wrong`, EULER_WS_URL: service.wsUrl });
      expect(rejected.code).toBe(1);
      expect(rejected.stdout).toMatch(/✖ /);
      expect(rejected.stdout + rejected.stderr).not.toContain(`${DEMO_API_KEY}-wrong`);
      expect(rejected.stderr).not.toMatch(STACK_LINE);
    } finally {
      await service.close();
    }
  }, 60_000);

  it('shows a reconnect with its countdown after a drop, then connected again', async () => {
    const service = await createSimulator({ creators: [{ uniqueId: 'flaky_creator', live: true }] });
    try {
      const child = startCli(['watch', 'flaky_creator'], { EULER_API_KEY: service.apiKey, EULER_WS_URL: service.wsUrl });
      const result = finished(child);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitForLine(child, /⚡ ● connected/);
      service.dropSockets('flaky_creator');
      // Status, countdown and close code, then connected again (the retry may come at once: full jitter).
      await until(() => /⚡ ↻ reconnecting in \d+s \(attempt 1, close 1006\)\n(.*\n)*⚡ ● connected/.test(output));
      child.kill('SIGINT');
      const { code, stdout } = await result;
      expect(code).toBe(0);
      expect(stdout.match(/⚡ ● connected/g)?.length).toBe(2);
    } finally {
      await service.close();
    }
  }, 60_000);
});
