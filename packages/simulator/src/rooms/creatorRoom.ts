import { CloseCode } from '@tiktok-live-rx/protocol';
import { giftCatalogAt } from '../generators/giftCatalog.js';
import { createUserPool, type UserPool } from '../generators/userPool.js';
import { createPictureUrls, type PictureUrls } from '../pictures/pictureUrls.js';
import { customItem, eventItem, type OutItem } from '../payloads/outItem.js';
import type { SimEvent, SimGift } from '../payloads/simEvent.js';
import { createRng, hashString, type Rng } from '../random/createRng.js';
import type { CreatorConfig, CreatorInfo, RoomCounters, Scenario, ScenarioContext } from '../types.js';
import type { FrameCache, SocketSession } from '../server/socketSession.js';

/** What a room needs from its simulator. */
export interface RoomEnvironment {
  seed: number;
  timeScale: number;
  eventRate: number;
  nextMsgId: () => string;
  resolveScenario: (scenario: CreatorConfig['scenario']) => Scenario;
  log: (line: string) => void;
  /** The simulator's `httpUrl` (set once it listens; rooms are created after that), for picture URLs. */
  httpUrl: () => string;
}

/**
 * One creator's room: live state, its sockets, its counters and the scenario
 * that generates events while it is live. The scenario starts lazily when the
 * first socket joins a live room and runs until the room goes offline.
 */
export class CreatorRoom {
  readonly info: CreatorInfo;
  readonly counters: RoomCounters;
  readonly sessions = new Set<SocketSession>();
  readonly rng: Rng;
  readonly users: UserPool;
  /** Picture URLs on this simulator's port. */
  readonly pictures: PictureUrls;
  /** The gift catalogue with icon URLs on this simulator's port. */
  readonly gifts: readonly SimGift[];
  #live: boolean;
  #startedAt = Date.now();
  #lastCreateTime = 0;
  #scenario: Scenario;
  #scenarioTimers: Set<NodeJS.Timeout> | undefined;
  #roomTimers = new Set<NodeJS.Timeout>();

  constructor(
    readonly config: CreatorConfig,
    readonly env: RoomEnvironment,
  ) {
    const uniqueId = config.uniqueId.toLowerCase();
    this.rng = createRng(env.seed).fork(uniqueId);
    this.pictures = createPictureUrls(env.httpUrl());
    this.gifts = giftCatalogAt(env.httpUrl());
    const idRng = this.rng.fork('ids');
    const nickname = config.nickname ?? config.uniqueId;
    const userId = config.userId ?? String(6_700_000_000_000_000_000n + BigInt(hashString(uniqueId)) * 1000n);
    this.info = {
      uniqueId,
      roomId: config.roomId ?? String(7_400_000_000_000_000_000n + BigInt(idRng.int(1, 2_000_000_000)) * 1000n),
      userId,
      nickname,
      title: config.title ?? `${nickname} LIVE`,
      avatarUrl: config.avatarUrl ?? this.pictures.avatar(userId),
    };
    const viewers = config.viewers ?? 100;
    this.counters = { totalLikes: 0, viewers, totalViewers: viewers, followers: config.followers ?? 10_000, shares: 0 };
    this.users = createUserPool(this.rng.fork('users'), 200, this.pictures);
    this.#live = config.live;
    this.#scenario = env.resolveScenario(config.scenario);
  }

  /** Whether the creator is live. */
  get live(): boolean {
    return this.#live;
  }

  /** When the current (or last) stream started, epoch ms. */
  get startedAt(): number {
    return this.#startedAt;
  }

  /** Goes live or offline. Offline stops the scenario but closes no socket. */
  setLive(live: boolean): void {
    if (live === this.#live) return;
    this.#live = live;
    this.env.log(`creator @${this.info.uniqueId} is ${live ? 'live' : 'offline'}`);
    if (live) {
      this.#startedAt = Date.now();
      if (this.sessions.size > 0) this.#startScenario();
    } else {
      this.#stopScenario();
    }
  }

  /** Adds an accepted socket (starts the scenario when it is the first of a live room). */
  attach(session: SocketSession): void {
    this.sessions.add(session);
    if (this.#live && !this.#scenarioTimers) this.#startScenario();
  }

  /** Removes a socket. */
  detach(session: SocketSession): void {
    this.sessions.delete(session);
  }

  /** Assigns envelopes to events and sends them as one bundle. */
  emit(events: readonly SimEvent[]): void {
    if (events.length === 0) return;
    this.broadcast(events.map((event) => eventItem(event, this.nextMeta())));
  }

  /** The next `common.*` envelope values (unique msgId, monotonic createTime). */
  nextMeta(): { msgId: string; roomId: string; createTime: number } {
    this.#lastCreateTime = Math.max(Date.now(), this.#lastCreateTime);
    return { msgId: this.env.nextMsgId(), roomId: this.info.roomId, createTime: this.#lastCreateTime };
  }

  /** Sends items to every socket (serialised once per schema/bundling shape). */
  broadcast(items: readonly OutItem[]): void {
    if (items.length === 0 || this.sessions.size === 0) return;
    const cache: FrameCache = new Map();
    const timestamp = Date.now();
    for (const session of [...this.sessions]) session.deliver(items, cache, timestamp);
  }

  /** Stream end (PROTOCOL.md §5.5): ControlMessage 3, tiktok.disconnect 4005, close 4005, offline. */
  endStream(): void {
    const control = eventItem({ kind: 'control', action: 3 }, this.nextMeta());
    const disconnect = customItem('tiktok.disconnect', { reason: CloseCode.STREAM_END });
    const cache: FrameCache = new Map();
    for (const session of [...this.sessions]) {
      session.deliver([control], cache);
      session.deliver([disconnect]);
      session.close(CloseCode.STREAM_END);
    }
    this.setLive(false);
  }

  /** Stops every timer of the room. */
  dispose(): void {
    this.#stopScenario();
    for (const timer of this.#roomTimers) clearTimeout(timer);
    this.#roomTimers.clear();
  }

  /** Runs `fn` after `ms` of real time, unless the room is disposed first. */
  roomTimer(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.#roomTimers.delete(timer);
      this.#guard(fn);
    }, Math.max(0, ms));
    this.#roomTimers.add(timer);
  }

  #startScenario(): void {
    const timers = new Set<NodeJS.Timeout>();
    this.#scenarioTimers = timers;
    const scale = (ms: number) => Math.max(1, ms / this.env.eventRate);
    const running = () => this.#scenarioTimers === timers;
    const ctx: ScenarioContext = {
      creator: this.info,
      rng: this.rng,
      counters: this.counters,
      emit: (events) => {
        if (running()) this.emit(events);
      },
      randomUser: () => this.users.pick(),
      gifts: this.gifts,
      pictures: this.pictures,
      after: (ms, fn) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (running()) this.#guard(fn);
        }, scale(ms));
        timers.add(timer);
      },
      every: (ms, fn) => {
        timers.add(setInterval(() => running() && this.#guard(fn), scale(ms)));
      },
      afterServiceTime: (ms, fn) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (running()) this.#guard(fn);
        }, Math.max(1, ms * this.env.timeScale));
        timers.add(timer);
      },
      endStream: () => {
        if (!running()) return;
        this.endStream();
        const back = this.config.returnAfterMs;
        if (back !== undefined) this.roomTimer(back * this.env.timeScale, () => this.setLive(true));
      },
    };
    this.env.log(`scenario ${this.#scenario.name} starts for @${this.info.uniqueId}`);
    this.#guard(() => this.#scenario.start(ctx));
  }

  #stopScenario(): void {
    if (!this.#scenarioTimers) return;
    for (const timer of this.#scenarioTimers) clearTimeout(timer);
    this.#scenarioTimers.clear();
    this.#scenarioTimers = undefined;
  }

  #guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.env.log(`scenario error in @${this.info.uniqueId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
