import type { LiveState } from '@tiktok-live-rx/core';
import { describe, expect, it } from 'vitest';
import type { LineOutput } from './lineOutput.js';
import { createTerminalView } from './terminalView.js';

function memoryOutput(): LineOutput & { text: () => string } {
  let text = '';
  return { write: (t) => void (text += t), closed: false, flush: async () => {}, text: () => text };
}

/** What a terminal shows after the writes: `\r\x1b[2K` clears the current row. */
function screen(raw: string): string[] {
  const rows = [''];
  for (const part of raw.split(/(\r\x1b\[2K|\n)/)) {
    if (part === '\r\x1b[2K') rows[rows.length - 1] = '';
    else if (part === '\n') rows.push('');
    else rows[rows.length - 1] += part;
  }
  return rows;
}

const reconnecting = (nextRetryAt: number): LiveState => ({ status: 'reconnecting', attempt: 2, closeCode: 1006, nextRetryAt });

describe('terminal view on a TTY', () => {
  it('keeps one status line at the bottom and counts down to the next attempt on each tick', () => {
    let now = 10_000;
    const out = memoryOutput();
    const view = createTerminalView(out, { tty: true, tagged: false, types: undefined, now: () => now });
    view.show({ kind: 'state', uniqueId: 'a', state: reconnecting(15_000) });
    view.show({ kind: 'viewers', uniqueId: 'a', count: 1234 });
    expect(screen(out.text()).at(-1)).toBe('@a ↻ reconnecting in 5s (attempt 2, close 1006) 👀 1,234');
    now = 12_100;
    view.tick();
    expect(screen(out.text()).at(-1)).toBe('@a ↻ reconnecting in 3s (attempt 2, close 1006) 👀 1,234');
    // An event line scrolls above; the status line is redrawn below it, never duplicated.
    view.show({ kind: 'failed', uniqueId: 'a', error: new Error('boom') });
    const rows = screen(out.text());
    expect(rows.filter((r) => r.startsWith('@a '))).toHaveLength(1);
    expect(rows.at(-2)).toBe('✖ boom');
  });

  it('cuts the status line to the terminal width (wide characters count double)', () => {
    const out = memoryOutput();
    const view = createTerminalView(out, { tty: true, tagged: true, types: undefined, columns: 30, now: () => 0 });
    view.show({ kind: 'state', uniqueId: 'first_creator', state: { status: 'connected', attempt: 0 } });
    view.show({ kind: 'state', uniqueId: 'second_creator', state: { status: 'connected', attempt: 0 } });
    const last = screen(out.text()).at(-1)!;
    expect(last.endsWith('…')).toBe(true);
    expect([...last].length).toBeLessThanOrEqual(29);
  });

  it('without a TTY prints each status change once, not every countdown second', () => {
    let now = 0;
    const out = memoryOutput();
    const view = createTerminalView(out, { tty: false, tagged: false, types: undefined, now: () => now });
    view.show({ kind: 'state', uniqueId: 'a', state: reconnecting(5_000) });
    now = 1_000;
    view.tick();
    view.show({ kind: 'state', uniqueId: 'a', state: reconnecting(5_000) });
    expect(out.text()).toBe('⚡ ↻ reconnecting in 5s (attempt 2, close 1006)\n');
  });

  it('prints session totals with singular and plural right ("from 1 gift", "2 likes")', async () => {
    const { formatTotals } = await import('./formatLines.js');
    const totals = { diamonds: 1, giftCount: 1, likes: { total: 2 }, follows: 1, shares: 0, viewers: { current: 5, peak: 7 } } as never;
    expect(formatTotals(totals)).toBe('📊 1 💎 from 1 gift · 2 likes · 1 follow · 0 shares · peak 7 viewers');
  });
});
