import type { WebcastChatMessage, WebcastEmoteChatMessage } from 'tiktok-live-proto/v3';
import { firstImageUrl } from '../protocol/normalizeMessage.js';
import type { Loose } from './loose.js';

/** A run of plain text in a chat message. */
export interface ChatTextSegment {
  kind: 'text';
  text: string;
}

/** An emote (subscriber emote / sticker) in a chat message. */
export interface ChatEmoteSegment {
  kind: 'emote';
  /** TikTok's emote id; `''` when the payload had none. */
  emoteId: string;
  /** First image URL of the emote, when the payload has one. */
  imageUrl?: string;
}

/** One piece of a chat message, in display order. */
export type ChatSegment = ChatTextSegment | ChatEmoteSegment;

/** Messages {@link chatSegments} understands: chat (`content` + `emotes`) or emote chat (`emoteList`). */
export type ChatSegmentsSource = Loose<WebcastChatMessage> | Loose<WebcastEmoteChatMessage>;

interface Placed {
  index: number;
  order: number;
  segment: ChatEmoteSegment;
}

/**
 * Splits a chat message into text and emote segments, in display order.
 *
 * Each entry of `emotes` is inserted into `content` at its `index` (v2
 * `placeInComment`): the emote goes *before* the character at that position.
 * - Index unit: UTF-16 code units, i.e. JavaScript string indexes (what
 *   TikTok's Java/Objective-C clients count in). An index that would split a
 *   surrogate pair (emoji) is moved past the pair, so no segment ever holds
 *   half an emoji.
 * - A missing/undefined/non-numeric index counts as 0 (TikTok omits it for an
 *   emote at the start, TLC PR#134). Negative indexes clamp to 0; indexes past
 *   the end append the emote. Fractions are floored.
 * - Emotes at the same index keep their order in `emotes`.
 * - Emote-only messages (empty `content`) yield only emote segments. Empty text
 *   segments are never produced.
 * - A `WebcastEmoteChatMessage` (`emoteList`, no text) yields one emote segment
 *   per element.
 * - Also reads v2 `comment`/`placeInComment`/`imageUrl` on un-normalised data.
 *
 * @example
 * ```ts
 * chatSegments({ content: 'hi there', emotes: [{ index: 3, emote: { emoteId: '7', image: { urlList: ['u'] } } }] });
 * // → [{ kind: 'text', text: 'hi ' }, { kind: 'emote', emoteId: '7', imageUrl: 'u' }, { kind: 'text', text: 'there' }]
 * ```
 */
export function chatSegments(message: ChatSegmentsSource | null | undefined): ChatSegment[] {
  if (typeof message !== 'object' || message === null) return [];
  const record = message as Record<string, unknown>;

  const emoteList = record['emoteList'];
  if (Array.isArray(emoteList) && record['content'] === undefined && record['comment'] === undefined) {
    const out: ChatSegment[] = [];
    for (const emote of emoteList) {
      if (typeof emote === 'object' && emote !== null) out.push(emoteSegment(emote));
    }
    return out;
  }

  const rawContent = record['content'] ?? record['comment'];
  const content = typeof rawContent === 'string' ? rawContent : '';
  const emotes = record['emotes'];
  if (!Array.isArray(emotes) || emotes.length === 0) {
    return content === '' ? [] : [{ kind: 'text', text: content }];
  }

  const placed: Placed[] = [];
  for (let order = 0; order < emotes.length; order++) {
    const entry: unknown = emotes[order];
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    placed.push({
      index: clampIndex(e['index'] ?? e['placeInComment'], content),
      order,
      segment: emoteSegment(e['emote']),
    });
  }
  placed.sort((a, b) => a.index - b.index || a.order - b.order);

  const out: ChatSegment[] = [];
  let pos = 0;
  for (const p of placed) {
    if (p.index > pos) out.push({ kind: 'text', text: content.slice(pos, p.index) });
    pos = Math.max(pos, p.index);
    out.push(p.segment);
  }
  if (pos < content.length) out.push({ kind: 'text', text: content.slice(pos) });
  return out;
}

function clampIndex(raw: unknown, content: string): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : 0;
  if (!Number.isFinite(n) || n <= 0) return 0;
  let index = Math.min(Math.floor(n), content.length);
  // Never split a surrogate pair: move to just after it.
  if (index > 0 && index < content.length && isHigh(content.charCodeAt(index - 1)) && isLow(content.charCodeAt(index))) {
    index += 1;
  }
  return index;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function emoteSegment(emote: unknown): ChatEmoteSegment {
  const e = typeof emote === 'object' && emote !== null ? (emote as Record<string, unknown>) : {};
  const id = e['emoteId'];
  const segment: ChatEmoteSegment = {
    kind: 'emote',
    emoteId: typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '',
  };
  const imageUrl = firstImageUrl(e['image']);
  if (imageUrl !== undefined) segment.imageUrl = imageUrl;
  return segment;
}
