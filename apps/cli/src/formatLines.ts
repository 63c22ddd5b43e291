/** Turns watch events into terminal text. Pure functions over the core's normalised payloads. */
import { chatSegments, displayName, userRoles, type FinalGift, type LiveEventMap, type LiveState, type RoomInfo, type SessionTotals } from '@tiktok-live-rx/core';
import type { Gifter } from './topGifters.js';

const ROLE_BADGES: ReadonlyArray<[keyof ReturnType<typeof userRoles>, string]> = [
  ['moderator', '[mod]'],
  ['subscriber', '[sub]'],
  ['topGifter', '[gifter]'],
];

const number = (n: number): string => n.toLocaleString('en');

/** `💬 [mod] Nick: hello [emote]` */
export function formatChat(message: LiveEventMap['WebcastChatMessage']): string {
  const roles = userRoles(message.user, message.userIdentity);
  const badges = ROLE_BADGES.filter(([role]) => roles[role]).map(([, badge]) => `${badge} `).join('');
  const text = chatSegments(message)
    .map((segment) => (segment.kind === 'text' ? segment.text : '[emote]'))
    .join('');
  return `💬 ${badges}${displayName(message.user, 'someone')}: ${text}`;
}

/** `🎁 Nick (@handle) sent Rose ×12 (12 💎)`: one line per finished streak. */
export function formatGift(gift: FinalGift): string {
  const user = gift.message.user;
  const handle = user?.displayId ? ` (@${user.displayId})` : '';
  const name = gift.message.gift?.name || `gift ${gift.giftId}`;
  const late = gift.endedBy === 'timeout' ? ' (streak end never came)' : '';
  return `🎁 ${displayName(user, 'someone')}${handle} sent ${name} ×${gift.repeatCount} (${number(gift.totalDiamonds)} 💎)${late}`;
}

/** `🏆 top gifters: Haru (@haru_cafe1) 520 💎 · Haru (@haru_news7) 300 💎`: same nickname, two entries. */
export function formatTopGifters(gifters: readonly Gifter[]): string {
  const entries = gifters.map((g) => `${g.nickname || g.handle || g.userId}${g.handle ? ` (@${g.handle})` : ''} ${number(g.diamonds)} 💎`);
  return `🏆 top gifters: ${entries.join(' · ')}`;
}

/** `📊 1,234 💎 from 56 gifts · 789 likes · 12 follows · 3 shares · peak 40 viewers` (singular for one). */
export function formatTotals(totals: SessionTotals): string {
  return [
    `📊 ${number(totals.diamonds)} 💎 from ${count(totals.giftCount, 'gift')}`,
    count(totals.likes.total, 'like'),
    count(totals.follows, 'follow'),
    count(totals.shares, 'share'),
    `peak ${count(totals.viewers.peak, 'viewer')}`,
  ].join(' · ');
}

const count = (n: number, noun: string): string => `${number(n)} ${noun}${n === 1 ? '' : 's'}`;

/** `📺 Title — by Owner` */
export function formatRoom(room: RoomInfo): string {
  const title = room.raw?.title ?? '(untitled)';
  const owner = room.raw?.owner?.nickname ?? room.raw?.owner?.display_id ?? 'unknown';
  return `📺 ${title} — by ${owner}`;
}

/**
 * The state part of the status line, with a countdown to the next attempt:
 * `● connected`, `↻ reconnecting in 3s (attempt 2, close 1006)`, `⏳ not live, next check in 58s`.
 */
export function formatState(state: LiveState, now: number): string {
  const inSeconds = state.nextRetryAt !== undefined ? ` in ${Math.max(0, Math.ceil((state.nextRetryAt - now) / 1000))}s` : '';
  const details = [
    state.attempt > 0 ? `attempt ${state.attempt}` : undefined,
    state.closeCode !== undefined ? `close ${state.closeCode}` : undefined,
  ].filter(Boolean);
  const detail = details.length > 0 ? ` (${details.join(', ')})` : '';
  switch (state.status) {
    case 'connected':
      return '● connected';
    case 'reconnecting':
      return `↻ reconnecting${inSeconds}${detail}`;
    case 'waiting':
      return `⏳ not live, next check${inSeconds}`;
    case 'offline':
      return '■ not live (use --until-live to wait)';
    case 'ended':
      return '■ stream ended';
    case 'error':
      return `✖ ${state.error?.message ?? 'failed'}`;
    default:
      return `○ ${state.status}`;
  }
}

/** `👀 1,234 viewers · ❤ 5,678 likes` (either part may be missing). */
export function formatFigures(viewers: number | undefined, likes: number | undefined): string {
  return [viewers !== undefined ? `👀 ${number(viewers)}` : undefined, likes !== undefined ? `❤ ${number(likes)}` : undefined]
    .filter(Boolean)
    .join(' · ');
}
