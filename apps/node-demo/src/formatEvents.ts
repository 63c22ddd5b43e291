/** Turns live events into terminal lines. Pure functions, so the demo test can check them. */
import { chatSegments, displayName, userRoles } from '@tiktok-live-rx/core';
import type { FinalGift, LiveState, RoomInfo, SessionTotals } from '@tiktok-live-rx/core';
import type { WebcastChatMessage, WebcastMemberMessage, WebcastSocialMessage } from 'tiktok-live-connector';

const ROLE_BADGES: ReadonlyArray<[keyof ReturnType<typeof userRoles>, string]> = [
  ['moderator', '[mod]'],
  ['subscriber', '[sub]'],
  ['topGifter', '[gifter]'],
];

/** `💬 [mod] Nick: hello [emote]` */
export function formatChat(message: WebcastChatMessage): string {
  const roles = userRoles(message.user, message.userIdentity);
  const badges = ROLE_BADGES.filter(([role]) => roles[role]).map(([, badge]) => `${badge} `).join('');
  const text = chatSegments(message)
    .map((segment) => (segment.kind === 'text' ? segment.text : '[emote]'))
    .join('');
  return `💬 ${badges}${displayName(message.user)}: ${text}`;
}

/** `🎁 Nick sent Rose ×12 (12 💎)` — one line per finished streak. */
export function formatGift(gift: FinalGift): string {
  const name = gift.message.gift?.name || `gift ${gift.giftId}`;
  const late = gift.endedBy === 'timeout' ? ' (streak end never came)' : '';
  return `🎁 ${displayName(gift.message.user)} sent ${name} ×${gift.repeatCount} (${gift.totalDiamonds} 💎)${late}`;
}

/** `👋 Nick joined` */
export function formatJoin(message: WebcastMemberMessage): string {
  return `👋 ${displayName(message.user)} joined`;
}

/** `➕ Nick followed` / `🔁 Nick shared the stream` */
export function formatSocial(message: WebcastSocialMessage, kind: 'follow' | 'share'): string {
  return kind === 'follow' ? `➕ ${displayName(message.user)} followed` : `🔁 ${displayName(message.user)} shared the stream`;
}

/** `📺 Title — by Owner` */
export function formatRoom(room: RoomInfo): string {
  const title = room.raw?.title ?? '(untitled)';
  const owner = room.raw?.owner?.nickname ?? room.raw?.owner?.display_id ?? 'unknown';
  return `📺 ${title} — by ${owner}`;
}

/** `⚡ connected`, `⚡ reconnecting (attempt 2, close 1006)` */
export function formatState(state: LiveState): string {
  const details = [
    state.attempt > 0 ? `attempt ${state.attempt}` : undefined,
    state.closeCode !== undefined ? `close ${state.closeCode}` : undefined,
    state.error ? state.error.message : undefined,
  ].filter(Boolean);
  return `⚡ ${state.status}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** `📊 1,234 💎 from 56 gifts · top: A (500), B (300) · 789 likes · 12 follows · 34 viewers (peak 40)` */
export function formatTotals(totals: SessionTotals): string {
  const top = totals.topGifters
    .slice(0, 3)
    .map((g) => `${g.nickname || g.userId} (${g.diamonds})`)
    .join(', ');
  return (
    `📊 ${totals.diamonds.toLocaleString('en')} 💎 from ${totals.giftCount} gifts` +
    (top ? ` · top: ${top}` : '') +
    ` · ${totals.likes.total.toLocaleString('en')} likes · ${totals.follows} follows · ${totals.shares} shares` +
    ` · ${totals.viewers.current} viewers (peak ${totals.viewers.peak})`
  );
}
