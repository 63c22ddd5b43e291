import type { SimEmote, SimEvent, SimGift, SimUser } from '../payloads/simEvent.js';
import type { ScenarioContext } from '../types.js';
import { CHAT_LINES, EMOTE_IDS } from './chatLines.js';
import { isCheapGift } from './giftCatalog.js';
import { giftStreak } from './giftStreak.js';

/** Average events per second of each kind (gifts = gift sends, each possibly a streak). */
export interface ActivityProfile {
  chat: number;
  gift: number;
  like: number;
  join: number;
  follow: number;
  share: number;
  emote: number;
  subscribe: number;
  /** Seconds between `WebcastRoomUserSeqMessage` viewer counts. */
  viewerCountEvery: number;
  /** Longest gift streak. */
  maxStreak: number;
  /** Share of gift sends that are expensive, non-streakable gifts (0–1). */
  bigGiftShare: number;
}

const TICK_MS = 500;
let groupCounter = 0;

/**
 * Drives a room with random but seeded activity: each tick emits one bundle
 * of chats, likes (batched, monotonic total), joins, follows, shares, emotes
 * and subscriptions; gift streaks unfold over several ticks (PROTOCOL.md §5.4);
 * viewer counts arrive every few seconds.
 */
export function startRoomActivity(ctx: ScenarioContext, profile: ActivityProfile): void {
  const { rng, counters, gifts, pictures } = ctx;
  const cheapGifts = gifts.filter(isCheapGift);
  const coins = new Map<string, { user: SimUser; coins: number }>();
  const poisson = (rate: number): number => {
    const lambda = (rate * TICK_MS) / 1000;
    let n = 0;
    let p = Math.exp(-lambda);
    let sum = p;
    const u = rng.next();
    while (u > sum && n < 50) {
      n++;
      p = (p * lambda) / n;
      sum += p;
    }
    return n;
  };

  const sendGift = () => {
    const user = ctx.randomUser();
    const gift: SimGift = rng.chance(profile.bigGiftShare) ? rng.pick(gifts) : rng.pick(cheapGifts);
    const repeat = gift.giftType === 1 ? 1 + Math.floor(rng.next() ** 2 * profile.maxStreak) : 1;
    const groupId = String(BigInt(Date.now()) * 1000n + BigInt(groupCounter++ % 1000));
    const events = giftStreak(user, gift, repeat, groupId);
    events.forEach((event, i) => {
      // Streak steps ~250 ms apart; the final (repeatEnd 1) event comes after a pause, as the combo times out.
      const delay = i === 0 ? 0 : i * 250 + (event.repeatEnd ? 1000 : 0);
      const fire = () => {
        ctx.emit([event]);
        if (event.repeatEnd || gift.giftType !== 1) {
          const total = (coins.get(user.userId)?.coins ?? 0) + gift.diamondCount * event.repeatCount;
          coins.set(user.userId, { user, coins: total });
        }
      };
      if (delay === 0) fire();
      else ctx.after(delay, fire);
    });
  };

  const tick = () => {
    const events: SimEvent[] = [];
    for (let i = poisson(profile.join); i > 0; i--) {
      counters.viewers += 1;
      counters.totalViewers += 1;
      events.push({ kind: 'member', user: ctx.randomUser(), action: 1, memberCount: counters.viewers });
    }
    for (let i = poisson(profile.chat); i > 0; i--) {
      const user = ctx.randomUser();
      const withEmote = rng.chance(0.08);
      const comment = rng.pick(CHAT_LINES);
      const emotes: SimEmote[] = withEmote
        ? [{ emoteId: rng.pick(EMOTE_IDS), imageUrl: pictures.emote(rng.pick(EMOTE_IDS)), index: comment.length }]
        : [];
      events.push({ kind: 'chat', user, comment, emotes, language: /[ぁ-んァ-ン一-龯]/.test(comment) ? 'ja' : 'en' });
    }
    for (let i = poisson(profile.like); i > 0; i--) {
      const count = rng.int(1, 15);
      counters.totalLikes += count;
      events.push({ kind: 'like', user: ctx.randomUser(), count, total: counters.totalLikes });
    }
    for (let i = poisson(profile.follow); i > 0; i--) {
      counters.followers += 1;
      events.push({ kind: 'social', user: ctx.randomUser(), action: 'follow', followCount: counters.followers, shareCount: 0 });
    }
    for (let i = poisson(profile.share); i > 0; i--) {
      counters.shares += 1;
      events.push({ kind: 'social', user: ctx.randomUser(), action: 'share', followCount: counters.followers, shareCount: counters.shares });
    }
    for (let i = poisson(profile.emote); i > 0; i--) {
      const id = rng.pick(EMOTE_IDS);
      events.push({ kind: 'emoteChat', user: ctx.randomUser(), emotes: [{ emoteId: id, imageUrl: pictures.emote(id) }] });
    }
    for (let i = poisson(profile.subscribe); i > 0; i--) {
      const subMonth = rng.int(1, 12);
      const user = ctx.randomUser();
      // Both subscribe signals (PROTOCOL.md §5.7): Member action 3, then the dedicated SubNotify.
      events.push({ kind: 'member', user, action: 3, memberCount: counters.viewers });
      events.push({
        kind: 'subNotify',
        user,
        subMonth,
        subscribeType: rng.pick([0, 1]),
        oldSubscribeStatus: subMonth > 1 ? 1 : 0,
        messageType: 1,
      });
    }
    if (rng.chance(0.2)) {
      // Viewers drift down too, as people leave without a message.
      counters.viewers = Math.max(1, counters.viewers - rng.int(1, 3));
    }
    ctx.emit(events);
    for (let i = poisson(profile.gift); i > 0; i--) sendGift();
  };

  const viewerCount = () => {
    const ranks = [...coins.values()]
      .sort((a, b) => b.coins - a.coins)
      .slice(0, 3)
      .map((entry, index) => ({ user: entry.user, coinCount: entry.coins, rank: index + 1 }));
    ctx.emit([{ kind: 'roomUserSeq', viewerCount: counters.viewers, totalUser: counters.totalViewers, ranks }]);
  };

  // First activity right away, so a client sees TikTok events within a tick of connecting.
  viewerCount();
  sendGift();
  tick();
  ctx.every(TICK_MS, tick);
  ctx.every(profile.viewerCountEvery * 1000, viewerCount);
}
