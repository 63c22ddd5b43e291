import type { LiveState } from '@tiktok-live-rx/core';
import { GIFT_FINAL, type TypeFilter } from './eventTypes.js';
import { formatChat, formatFigures, formatGift, formatRoom, formatState, formatTopGifters, formatTotals } from './formatLines.js';
import type { LineOutput } from './lineOutput.js';
import type { WatchEvent } from './watchEvents.js';

/** Options of {@link createTerminalView}. */
export interface TerminalViewOptions {
  /** A terminal: keep one status line at the bottom, redrawn in place (countdowns tick). Otherwise print status changes as lines. */
  tty: boolean;
  /** Prefix lines with `[@creator]` (more than one creator). */
  tagged: boolean;
  /** `--types`: which kinds of lines to print. */
  types: TypeFilter;
  /** Terminal width: the status line is cut to fit, so redrawing it in place never leaves wrapped rows behind. @default 80 */
  columns?: number;
  /** Clock. @default Date.now */
  now?: () => number;
}

/** Renders watch events as lines plus a status line. */
export interface TerminalView {
  /** Shows one event. */
  show(event: WatchEvent): void;
  /** Redraws the status line (call every second for the countdown; no-op without a TTY). */
  tick(): void;
  /** Clears the status line (TTY) before the program prints its last words. */
  finish(): void;
}

interface CreatorStatus {
  state: LiveState | undefined;
  viewers: number | undefined;
  likes: number | undefined;
}

const CLEAR_LINE = '\r\x1b[2K';

/** A terminal view over `out`: event lines scroll, the status line stays at the bottom on a TTY. */
export function createTerminalView(out: LineOutput, options: TerminalViewOptions): TerminalView {
  const { tty, tagged, types, columns = 80, now = Date.now } = options;
  const statuses = new Map<string, CreatorStatus>();
  const wants = (...wireTypes: string[]): boolean => types === undefined || wireTypes.some((t) => types.has(t));
  let statusShown = false;

  const statusOf = (uniqueId: string): CreatorStatus => {
    let status = statuses.get(uniqueId);
    if (!status) statuses.set(uniqueId, (status = { state: undefined, viewers: undefined, likes: undefined }));
    return status;
  };
  const statusLine = (): string =>
    fitWidth(
      [...statuses.entries()]
        .map(([id, s]) => [`@${id}`, s.state ? formatState(s.state, now()) : '… starting', formatFigures(s.viewers, s.likes)].filter(Boolean).join(' '))
        .join('  │  '),
      columns - 1,
    );
  const print = (uniqueId: string, text: string): void => {
    const line = `${tagged ? `[@${uniqueId}] ` : ''}${text}\n`;
    if (tty) {
      out.write(`${CLEAR_LINE}${line}${statusLine()}`);
      statusShown = true;
    } else {
      out.write(line);
    }
  };
  const redraw = (): void => {
    if (!tty) return;
    out.write(`${CLEAR_LINE}${statusLine()}`);
    statusShown = true;
  };

  return {
    show(event) {
      const status = statusOf(event.uniqueId);
      switch (event.kind) {
        case 'state': {
          const before = status.state;
          status.state = event.state;
          // Without a TTY, print each status change once (not every countdown second).
          if (!tty && (before?.status !== event.state.status || before.attempt !== event.state.attempt)) {
            print(event.uniqueId, `⚡ ${formatState(event.state, now())}`);
          }
          return redraw();
        }
        case 'viewers':
          status.viewers = event.count;
          if (!tty && wants('WebcastRoomUserSeqMessage')) print(event.uniqueId, formatFigures(event.count, undefined));
          return redraw();
        case 'likes':
          status.likes = event.total;
          if (!tty && wants('WebcastLikeMessage')) print(event.uniqueId, formatFigures(undefined, event.total));
          return redraw();
        case 'room':
          if (wants('roomInfo')) print(event.uniqueId, formatRoom(event.room));
          return;
        case 'chat':
          if (wants('WebcastChatMessage')) print(event.uniqueId, formatChat(event.message));
          return;
        case 'gift':
          if (wants('WebcastGiftMessage', GIFT_FINAL)) print(event.uniqueId, formatGift(event.gift));
          return;
        case 'topGifters':
          if (wants('WebcastGiftMessage', GIFT_FINAL) && event.gifters.length > 0) print(event.uniqueId, formatTopGifters(event.gifters));
          return;
        case 'totals':
          if (wants('WebcastGiftMessage', GIFT_FINAL, 'WebcastLikeMessage')) print(event.uniqueId, formatTotals(event.totals));
          return;
        case 'failed':
          // The state line already carries the error on a TTY; print it so it stays in the scrollback.
          print(event.uniqueId, `✖ ${event.error.message}`);
          return;
      }
    },
    tick: redraw,
    finish() {
      if (tty && statusShown) out.write(`${CLEAR_LINE}${statusLine()}\n`);
      statusShown = false;
    },
  };
}

/** Cuts `text` to `width` terminal cells (wide characters such as emoji and CJK count as two). */
function fitWidth(text: string, width: number): string {
  let used = 0;
  let result = '';
  for (const char of text) {
    const cells = (char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
    if (used + cells > width) return `${result.slice(0, -1)}…`;
    used += cells;
    result += char;
  }
  return result;
}
