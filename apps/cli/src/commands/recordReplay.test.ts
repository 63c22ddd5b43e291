import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjson, runCli } from '../testing/runCli.js';

const file = join(tmpdir(), `tiktok-live-cli-${process.pid}.ndjson`);

afterAll(async () => {
  await rm(file, { force: true });
});

/** The TikTok items of every recorded frame, in order: `[type, msgId]`. */
async function recordedItems(): Promise<{ type: string; msgId: string; comment?: string }[]> {
  const items: { type: string; msgId: string; comment?: string }[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line === '') continue;
    const { frame } = JSON.parse(line) as { frame: { messages?: { type: string; data: { common?: { msgId?: string }; comment?: string } }[] } };
    for (const item of frame.messages ?? []) {
      if (!item.type.startsWith('Webcast')) continue;
      items.push({ type: item.type, msgId: String(item.data.common?.msgId), ...(item.type === 'WebcastChatMessage' ? { comment: item.data.comment } : {}) });
    }
  }
  return items;
}

describe('tiktok-live record / replay', () => {
  it('record writes every frame as {t, frame} NDJSON; replay plays the same events back, in order', async () => {
    const recorded = await runCli(['record', 'tv_asahi_news', '-o', file, '--seconds', '6']);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toMatch(/recorded \d+ frames to /);
    const items = await recordedItems();
    expect(items.filter((i) => i.type === 'WebcastChatMessage').length).toBeGreaterThan(3);
    expect(items.some((i) => i.type === 'WebcastGiftMessage')).toBe(true);

    const replayed = await runCli(['replay', file, '--json', '--speed', 'instant']);
    expect(replayed.code).toBe(0);
    expect(replayed.stderr).toContain('as @tv_asahi_news'); // the creator named in the recording's room info
    const events = ndjson(replayed.stdout).filter((e) => e.type.startsWith('Webcast'));
    expect(events.map((e) => [e.type, String(e.data['common']?.msgId)])).toEqual(items.map((i) => [i.type, i.msgId]));
    // Same content, normalised on the way (v2 `comment` → `content`).
    expect(events.filter((e) => e.type === 'WebcastChatMessage').map((e) => e.data['content'])).toEqual(
      items.filter((i) => i.type === 'WebcastChatMessage').map((i) => i.comment),
    );
  }, 60_000);

  it('replay shows the recording in the terminal view too, then exits 0 on its own', async () => {
    const items = await recordedItems();
    const { code, stdout } = await runCli(['replay', file, '--speed', '20', '--types', 'chat']);
    expect(code).toBe(0);
    expect(stdout.match(/^💬 .+: .+$/gm)).toHaveLength(items.filter((i) => i.type === 'WebcastChatMessage').length);
  }, 60_000);
});
