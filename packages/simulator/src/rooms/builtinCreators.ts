import type { CreatorConfig } from '../types.js';

/**
 * The creators every simulator knows unless `creators` is given:
 * - `tv_asahi_news`: live and busy (chats, gifts, streaks, likes, joins, follows, shares).
 * - `offline_creator`: never live (connects get 4404) until set live.
 * - `ending_creator`: live; its stream ends after 30 s (× timeScale) with 4005, back live 30 s later.
 * - `gift_storm`: live, many overlapping gift streaks.
 * - `quiet_creator`: live, a message every half minute or so.
 * - `silent_creator`: live, emits nothing on its own (inject into it).
 */
export const BUILTIN_CREATORS: readonly CreatorConfig[] = [
  { uniqueId: 'tv_asahi_news', live: true, scenario: 'busy', nickname: 'テレ朝news', title: 'テレ朝news LIVE 24h', followers: 3_200_000, viewers: 1800 },
  { uniqueId: 'offline_creator', live: false, scenario: 'busy', nickname: 'Offline Creator', followers: 12_000 },
  { uniqueId: 'ending_creator', live: true, scenario: 'ending', nickname: 'Ending Soon', title: 'Last minutes!', returnAfterMs: 30_000, viewers: 300 },
  { uniqueId: 'gift_storm', live: true, scenario: 'giftStorm', nickname: 'Gift Storm 🎁', title: 'Gift battle', viewers: 5000 },
  { uniqueId: 'quiet_creator', live: true, scenario: 'quiet', nickname: 'Quiet Creator', viewers: 3 },
  { uniqueId: 'silent_creator', live: true, scenario: 'silent', nickname: 'Silent Creator', viewers: 1 },
];
