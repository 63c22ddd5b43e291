/**
 * Soak benchmark: millions of synthetic live events through every stateful
 * operator at once (dedupeByMsgId → sessionTotals, finalizeGiftStreaks,
 * giftStreakProgress, likesByUser), sampling the heap after a forced GC, to show
 * that memory stays flat (every structure is bounded) and to measure throughput.
 *
 * Events come from a seeded PRNG: ~50k distinct users (skewed: a few heavy
 * gifters/likers), gift streaks (some of which lose their end event), single
 * expensive gifts, likes, joins, follows, shares, viewer counts, chat, duplicated
 * messages, and a simulated reconnect (workerInfo + roomInfo) every ~1M events.
 * Time is virtual (5 ms per event, ~14 h of stream for 10M events) so streak
 * timeouts fire deterministically. The run also checks that the diamonds counted
 * by finalizeGiftStreaks and sessionTotals equal the generator's ground truth.
 *
 * Run (from packages/core):
 *   node --expose-gc --conditions=@tiktok-live-rx/source --import tsx bench/soak.ts
 * Env: SOAK_EVENTS (default 10_000_000), SOAK_SEED (default 1).
 */
import { Subject, VirtualTimeScheduler, filter, map, share } from 'rxjs';
import type { WebcastGiftMessage, WebcastLikeMessage } from 'tiktok-live-proto/v3';
import { dedupeByMsgId } from '../src/operators/dedupeByMsgId.js';
import { finalizeGiftStreaks } from '../src/operators/finalizeGiftStreaks.js';
import { giftStreakProgress } from '../src/operators/giftStreakProgress.js';
import { likesByUser, type LikeTotals } from '../src/operators/likesByUser.js';
import { sessionTotals, type LiveEventLike, type SessionTotals } from '../src/operators/sessionTotals.js';

const TOTAL = parseCount(process.env['SOAK_EVENTS'], 10_000_000);
const SEED = parseCount(process.env['SOAK_SEED'], 1);
const SAMPLE_EVERY = TOTAL >= 10_000_000 ? 1_000_000 : Math.max(1, Math.floor(TOTAL / 10));
const MS_PER_EVENT = 5;
const USERS = 50_000;
const MAX_ACTIVE_STREAKS = 30;

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('soak: run node with --expose-gc, e.g.\n  node --expose-gc --conditions=@tiktok-live-rx/source --import tsx bench/soak.ts');
  process.exit(2);
}

// ---------------------------------------------------------------- generator

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CATALOG = [
  { id: '5655', name: 'Rose', type: 1, diamondCount: 1, weight: 50 },
  { id: '5487', name: 'Finger Heart', type: 1, diamondCount: 5, weight: 20 },
  { id: '5827', name: 'Ice Cream Cone', type: 1, diamondCount: 1, weight: 15 },
  { id: '6064', name: 'GG', type: 1, diamondCount: 1, weight: 10 },
  { id: '6369', name: 'Lion', type: 2, diamondCount: 29_999, weight: 1 },
  { id: '7312', name: 'TikTok Universe', type: 2, diamondCount: 44_999, weight: 0.3 },
  { id: '6751', name: 'Galaxy', type: 2, diamondCount: 1_000, weight: 3 },
];
const CATALOG_WEIGHT = CATALOG.reduce((s, g) => s + g.weight, 0);

interface ActiveStreak {
  userId: string;
  gift: (typeof CATALOG)[number];
  groupId: string;
  sent: number;
  length: number;
  /** This streak's end event will be "lost" (the finaliser must time it out). */
  losesEnd: boolean;
}

class EventGenerator {
  readonly #rand: (this: void) => number;
  #msgId = 7_400_000_000_000_000_000n;
  #groupId = 1_730_000_000_000_000;
  #likeTotal = 0;
  #viewers = 800;
  #active: ActiveStreak[] = [];
  /** Ring buffer of the last 64 events, for duplicated deliveries. */
  readonly #recent: LiveEventLike[] = [];
  #recentNext = 0;
  /** Ground truth: diamonds of every gift actually sent (each streak once). */
  groundTruthDiamonds = 0;
  produced = 0;

  constructor(seed: number) {
    this.#rand = prng(seed);
  }

  next(): LiveEventLike {
    const i = this.produced++;
    const r = this.#rand();
    // Every ~1M events: the connection drops and comes back (workerInfo + roomInfo).
    if (i > 0 && i % 1_000_003 === 0) return this.#roomInfo();
    if (i > 0 && i % 1_000_003 === 1) return this.#remember(this.#workerInfo());
    // Duplicated delivery of a recent message (same msgId).
    if (r < 0.003 && this.#recent.length > 0) return this.#recent[Math.floor(this.#rand() * this.#recent.length)] as LiveEventLike;
    let event: LiveEventLike;
    if (r < 0.25) event = this.#gift();
    else if (r < 0.55) event = this.#like();
    else if (r < 0.75) event = this.#member();
    else if (r < 0.77) event = this.#social('follow');
    else if (r < 0.78) event = this.#social('share');
    else if (r < 0.83) event = this.#viewerCount();
    else event = this.#chat();
    return this.#remember(event);
  }

  /** Streaks still open when the run stops: what was sent so far is what counts. */
  finish(): void {
    for (const streak of this.#active) this.groundTruthDiamonds += streak.gift.diamondCount * streak.sent;
    this.#active = [];
  }

  #remember(event: LiveEventLike): LiveEventLike {
    this.#recent[this.#recentNext] = event;
    this.#recentNext = (this.#recentNext + 1) % 64;
    return event;
  }

  #userId(): string {
    // Skewed: low ids are far more active (heavy gifters and likers).
    const x = this.#rand();
    return String(100_000 + Math.floor(USERS * x * x * x));
  }

  #common(method: string, displayKey = ''): Record<string, unknown> {
    this.#msgId += 1n;
    return {
      method,
      msgId: this.#msgId.toString(),
      roomId: '7412345678901234567',
      createTime: String(1_730_000_000_000 + this.produced * MS_PER_EVENT),
      displayText: { key: displayKey, defaultPattern: '', pieces: [] },
    };
  }

  #user(userId: string): Record<string, unknown> {
    return { id: userId, displayId: `u${userId}`, nickname: `viewer ${userId}` };
  }

  #gift(): LiveEventLike {
    // Advance an active streak most of the time; otherwise start a new gift.
    if (this.#active.length >= MAX_ACTIVE_STREAKS || (this.#active.length > 0 && this.#rand() < 0.8)) {
      const index = Math.floor(this.#rand() * this.#active.length);
      const streak = this.#active[index] as ActiveStreak;
      if (streak.sent < streak.length) {
        streak.sent++;
        return this.#giftEvent(streak, streak.sent, 0);
      }
      this.#active[index] = this.#active[this.#active.length - 1] as ActiveStreak;
      this.#active.pop();
      this.groundTruthDiamonds += streak.gift.diamondCount * streak.length;
      if (streak.losesEnd) return this.#gift(); // the end event never comes
      return this.#giftEvent(streak, streak.length, 1);
    }
    let w = this.#rand() * CATALOG_WEIGHT;
    let gift = CATALOG[0] as (typeof CATALOG)[number];
    for (const g of CATALOG) {
      w -= g.weight;
      if (w <= 0) {
        gift = g;
        break;
      }
    }
    const streak: ActiveStreak = {
      userId: this.#userId(),
      gift,
      groupId: String(this.#groupId++),
      sent: 1,
      length: 1 + Math.floor(-Math.log(1 - this.#rand()) * 6), // geometric-ish, mean ~6
      losesEnd: this.#rand() < 0.01,
    };
    if (gift.type !== 1) {
      this.groundTruthDiamonds += gift.diamondCount;
      return this.#giftEvent(streak, 1, 0);
    }
    this.#active.push(streak);
    return this.#giftEvent(streak, 1, 0);
  }

  #giftEvent(streak: ActiveStreak, repeatCount: number, repeatEnd: number): LiveEventLike {
    const { gift } = streak;
    return {
      type: 'WebcastGiftMessage',
      data: {
        common: this.#common('WebcastGiftMessage'),
        giftId: gift.id,
        repeatCount,
        comboCount: repeatCount,
        groupCount: 1,
        repeatEnd,
        groupId: streak.groupId,
        user: this.#user(streak.userId),
        gift: { id: gift.id, name: gift.name, type: gift.type, diamondCount: gift.diamondCount, combo: gift.type === 1 },
      },
    };
  }

  #like(): LiveEventLike {
    const count = 1 + Math.floor(this.#rand() * 15);
    this.#likeTotal += count + Math.floor(this.#rand() * 20); // others' likes we never see
    return {
      type: 'WebcastLikeMessage',
      data: { common: this.#common('WebcastLikeMessage'), count, total: String(this.#likeTotal), user: this.#user(this.#userId()) },
    };
  }

  #member(): LiveEventLike {
    return {
      type: 'WebcastMemberMessage',
      data: { common: this.#common('WebcastMemberMessage'), user: this.#user(this.#userId()), action: this.#rand() < 0.98 ? 1 : 3 },
    };
  }

  #social(kind: 'follow' | 'share'): LiveEventLike {
    const key = kind === 'follow' ? 'pm_main_follow_message_viewer_2' : 'pm_mt_guidance_share';
    return {
      type: 'WebcastSocialMessage',
      data: { common: this.#common('WebcastSocialMessage', key), user: this.#user(this.#userId()), action: kind === 'follow' ? '1' : '3' },
    };
  }

  #viewerCount(): LiveEventLike {
    this.#viewers = Math.max(0, this.#viewers + Math.floor((this.#rand() - 0.5) * 40));
    return {
      type: 'WebcastRoomUserSeqMessage',
      data: { common: this.#common('WebcastRoomUserSeqMessage'), total: String(this.#viewers), ranks: [] },
    };
  }

  #chat(): LiveEventLike {
    return {
      type: 'WebcastChatMessage',
      data: { common: this.#common('WebcastChatMessage'), user: this.#user(this.#userId()), content: 'so good 🔥' },
    };
  }

  #workerInfo(): LiveEventLike {
    return { type: 'workerInfo', data: { webSocketId: `ws-${this.produced}`, schemaVersion: 'v2', features: {} } };
  }

  #roomInfo(): LiveEventLike {
    return {
      type: 'roomInfo',
      data: { raw: { id_str: '7412345678901234567', status: 2, user_count: this.#viewers, stats: { like_count: this.#likeTotal } } },
    };
  }
}

// ---------------------------------------------------------------- pipeline

const clock = new VirtualTimeScheduler();
/** Moves virtual time to `t`, running the streak timers that fall due on the way. */
function advanceTo(t: number): void {
  clock.maxFrames = t;
  clock.flush();
  clock.frame = t;
}

const input = new Subject<LiveEventLike>();
const deduped$ = input.pipe(dedupeByMsgId(), share());
const gift$ = deduped$.pipe(
  filter((e) => e.type === 'WebcastGiftMessage'),
  map((e) => e.data as WebcastGiftMessage),
  share(),
);
const like$ = deduped$.pipe(
  filter((e) => e.type === 'WebcastLikeMessage'),
  map((e) => e.data as WebcastLikeMessage),
);

let totals: SessionTotals | undefined;
let likeTotals: LikeTotals | undefined;
let finals = 0;
let finalDiamonds = 0;
let timeouts = 0;
let progressUpdates = 0;
const subscriptions = [
  deduped$.pipe(sessionTotals({ scheduler: clock, topN: 10 })).subscribe((t) => (totals = t)),
  gift$.pipe(finalizeGiftStreaks({ scheduler: clock })).subscribe((g) => {
    finals++;
    finalDiamonds += g.totalDiamonds;
    if (g.endedBy === 'timeout') timeouts++;
  }),
  gift$.pipe(giftStreakProgress({ scheduler: clock })).subscribe(() => progressUpdates++),
  like$.pipe(likesByUser()).subscribe((l) => (likeTotals = l)),
];

// ---------------------------------------------------------------- run

const generator = new EventGenerator(SEED);
const samples: Array<{ events: number; heapMiB: number }> = [];
const mib = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

gc();
const baseline = process.memoryUsage().heapUsed;
let busyNs = 0n;
let chunkStart = process.hrtime.bigint();
for (let i = 1; i <= TOTAL; i++) {
  advanceTo(i * MS_PER_EVENT);
  input.next(generator.next());
  if (i % SAMPLE_EVERY === 0) {
    busyNs += process.hrtime.bigint() - chunkStart;
    gc();
    const heapUsed = process.memoryUsage().heapUsed;
    samples.push({ events: i, heapMiB: mib(heapUsed) });
    console.log(
      `${String(i).padStart(11)} events  heap ${mib(heapUsed).toFixed(1).padStart(6)} MiB  ` +
        `${Math.round(i / (Number(busyNs) / 1e9)).toLocaleString('en-US')} events/s`,
    );
    chunkStart = process.hrtime.bigint();
  }
}
busyNs += process.hrtime.bigint() - chunkStart;
// Let every stuck streak time out, then end the stream (flushes whatever is left).
advanceTo((TOTAL + 1) * MS_PER_EVENT + 60_000);
generator.finish();
input.complete();
for (const s of subscriptions) s.unsubscribe();

const first = samples[0];
const last = samples[samples.length - 1];
const seconds = Number(busyNs) / 1e9;
console.log('');
console.log(`events            ${TOTAL.toLocaleString('en-US')} (seed ${SEED}, ${(TOTAL * MS_PER_EVENT / 3_600_000).toFixed(1)} h of virtual stream)`);
console.log(`throughput        ${Math.round(TOTAL / seconds).toLocaleString('en-US')} events/s (${seconds.toFixed(1)} s, GC sampling excluded)`);
console.log(`heap baseline     ${mib(baseline)} MiB`);
if (first && last) {
  console.log(`heap @${first.events.toLocaleString('en-US')}     ${first.heapMiB} MiB`);
  console.log(`heap @${last.events.toLocaleString('en-US')}    ${last.heapMiB} MiB`);
  console.log(`growth ratio      ${(last.heapMiB / first.heapMiB).toFixed(3)} (last / first sample)`);
}
console.log(`ground truth 💎   ${generator.groundTruthDiamonds.toLocaleString('en-US')}`);
console.log(`finalize 💎       ${finalDiamonds.toLocaleString('en-US')} in ${finals.toLocaleString('en-US')} final gifts (${timeouts} by timeout)`);
console.log(`sessionTotals 💎  ${(totals?.diamonds ?? 0).toLocaleString('en-US')}; giftCount ${totals?.giftCount ?? 0}; likes total ${totals?.likes.total ?? 0} counted ${totals?.likes.counted ?? 0}`);
console.log(`                  follows ${totals?.follows ?? 0}, shares ${totals?.shares ?? 0}, joins ${totals?.joins ?? 0}, viewers ${totals?.viewers.current ?? 0} (peak ${totals?.viewers.peak ?? 0})`);
console.log(`likesByUser       counted ${likeTotals?.counted ?? 0}, top liker ${likeTotals?.byUser[0]?.userId ?? '-'} (${likeTotals?.byUser[0]?.likes ?? 0})`);
console.log(`progress updates  ${progressUpdates.toLocaleString('en-US')}`);
const consistent = finalDiamonds === generator.groundTruthDiamonds && totals?.diamonds === generator.groundTruthDiamonds;
console.log(`diamonds match ground truth: ${consistent ? 'yes' : 'NO'}`);
if (!consistent) process.exitCode = 1;

function parseCount(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) {
    console.error(`soak: expected a positive integer, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}
