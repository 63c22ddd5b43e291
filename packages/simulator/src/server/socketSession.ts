import type { WebSocket } from 'ws';
import type { WireItem } from '@tiktok-live-rx/protocol';
import { CLOSE_REASONS, CloseCode } from '@tiktok-live-rx/protocol';
import type { OutItem, WireSchema } from '../payloads/outItem.js';
import type { SimUser } from '../payloads/simEvent.js';
import type { Handshake } from '../types.js';
import type { ParsedFeatures } from './parseConnectQuery.js';

/** Frames already serialised for one broadcast, shared by sockets with the same shape. */
export type FrameCache = Map<string, string[]>;

/** Settings a session needs from the simulator. */
export interface SessionSettings {
  /** Inactivity before 4006, ms (already scaled). */
  inactivityMs: number;
  /** Lifetime before 4555, ms (already scaled). */
  lifetimeMs: number;
  /** Synthetic leave after, ms (already scaled). */
  presenceLeaveMs: number;
  /** Called once when the socket is gone (close frame sent, dropped, or closed by the client). */
  onGone: (session: SocketSession) => void;
  /** Log sink. */
  log: (line: string) => void;
}

interface Presence {
  user: SimUser;
  firstSeen: number;
  lastSeen: number;
}

/**
 * One accepted client socket: its parsed flags, its timers (4006 inactivity,
 * 4555 lifetime, synthetic presence) and how frames are shaped for it.
 */
export class SocketSession {
  readonly schema: WireSchema;
  readonly bundle: boolean;
  #lastTikTokAt = Date.now();
  #stalledUntil = 0;
  #gone = false;
  #timers = new Set<NodeJS.Timeout>();
  #inactivityTimer: NodeJS.Timeout | undefined;
  #stallTimer: NodeJS.Timeout | undefined;
  #presence = new Map<string, Presence>();

  constructor(
    readonly id: string,
    readonly ws: WebSocket,
    readonly uniqueId: string,
    readonly features: ParsedFeatures,
    readonly handshake: Handshake,
    readonly limitKeys: { account: number; jwtId?: string },
    readonly settings: SessionSettings,
  ) {
    this.schema = features.schemaVersion === 'v3' ? 'v3' : 'v2';
    this.bundle = features.bundleEvents;
    ws.on('close', (code) => {
      if (!this.#gone) settings.log(`closed ${id} @${uniqueId} code=${code} (by the client or the network)`);
      this.handshake.closeCode ??= code;
      this.#markGone();
    });
    // The service answers WS pings (PROTOCOL.md §6.9), except while "stalled" (network freeze).
    ws.on('ping', (data) => {
      if (!this.stalled && ws.readyState === ws.OPEN) ws.pong(data);
    });
    this.#scheduleInactivity(settings.inactivityMs);
    this.#addTimer(setTimeout(() => this.#lifetimeExpired(), settings.lifetimeMs));
    if (features.syntheticPresence) {
      const every = Math.max(10, Math.floor(settings.presenceLeaveMs / 4));
      this.#addTimer(setInterval(() => this.#sweepPresence(), every));
    }
  }

  /** True while `stallSockets` freezes this socket. */
  get stalled(): boolean {
    return this.#stalledUntil > Date.now();
  }

  /** True once closed, dropped or closing. */
  get gone(): boolean {
    return this.#gone;
  }

  /** Sends items (one bundle, or one frame per item when bundling is off). */
  deliver(items: readonly OutItem[], cache?: FrameCache, timestamp = Date.now()): void {
    if (this.#gone || this.stalled || items.length === 0) return;
    if (items.some((i) => i.tiktok)) this.#lastTikTokAt = Date.now();
    const extra = this.features.syntheticPresence ? this.#presenceItems(items) : [];
    let frames: string[];
    if (extra.length === 0 && cache) {
      const key = `${this.schema}|${this.bundle ? 'b' : 'i'}`;
      frames = cache.get(key) ?? this.#frames(items.map((i) => i.render(this.schema)), timestamp);
      cache.set(key, frames);
    } else {
      frames = this.#frames([...items.map((i) => i.render(this.schema)), ...extra], timestamp);
    }
    for (const frame of frames) this.ws.send(frame);
  }

  /** Sends one frame exactly as given. */
  sendRaw(frame: string | Buffer): void {
    if (this.#gone || this.stalled) return;
    this.ws.send(frame);
  }

  /** Sends a recorded frame verbatim; `tiktok` frames count as TikTok activity (4006). */
  sendRecorded(frame: string, tiktok: boolean): void {
    if (this.#gone || this.stalled) return;
    if (tiktok) this.#lastTikTokAt = Date.now();
    this.ws.send(frame);
  }

  /** Closes with `code` (reason defaults to the service's reason string). */
  close(code: number, reason = CLOSE_REASONS[code] ?? ''): void {
    if (this.#gone) return;
    this.handshake.closeCode = code;
    this.settings.log(`close ${this.id} @${this.uniqueId} code=${code}${reason ? ` (${reason})` : ''}`);
    this.#markGone();
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate(); // never leave a socket open that the simulator considers gone
    }
  }

  /** Destroys the TCP connection without a close frame (the client sees 1006). */
  drop(): void {
    if (this.#gone) return;
    this.handshake.closeCode = CloseCode.ABNORMAL;
    this.settings.log(`drop ${this.id} @${this.uniqueId} (no close frame)`);
    this.#markGone();
    this.ws.terminate();
  }

  /** Sends nothing (and answers no pings) for `ms`, or until closed. */
  stall(ms = Number.POSITIVE_INFINITY): void {
    if (this.#gone) return;
    this.#stalledUntil = Date.now() + ms;
    if (this.#stallTimer) this.#clear(this.#stallTimer);
    if (Number.isFinite(ms)) {
      this.#stallTimer = this.#addTimer(
        setTimeout(() => {
          // The upstream was frozen, not silent: restart the inactivity clock.
          this.#lastTikTokAt = Date.now();
        }, ms),
      );
    }
  }

  #frames(items: WireItem[], timestamp: number): string[] {
    if (this.bundle) return [JSON.stringify({ timestamp, messages: items })];
    return items.map((item) => JSON.stringify(item));
  }

  #scheduleInactivity(delay: number): void {
    this.#inactivityTimer = this.#addTimer(setTimeout(() => this.#checkInactivity(), Math.max(1, delay)));
  }

  #checkInactivity(): void {
    if (this.#inactivityTimer) this.#clear(this.#inactivityTimer);
    if (this.#gone) return;
    const now = Date.now();
    if (this.stalled) return this.#scheduleInactivity(this.#stalledUntil - now + this.settings.inactivityMs);
    const idle = now - this.#lastTikTokAt;
    if (idle >= this.settings.inactivityMs) return this.close(CloseCode.NO_MESSAGES_TIMEOUT);
    this.#scheduleInactivity(this.settings.inactivityMs - idle);
  }

  #lifetimeExpired(): void {
    if (this.stalled) {
      this.#addTimer(setTimeout(() => this.#lifetimeExpired(), this.#stalledUntil - Date.now() + 1));
      return;
    }
    this.close(CloseCode.MAX_LIFETIME_EXCEEDED);
  }

  #presenceItems(items: readonly OutItem[]): WireItem[] {
    const now = Date.now();
    const out: WireItem[] = [];
    for (const item of items) {
      for (const user of item.users) {
        const seen = this.#presence.get(user.userId);
        if (seen) {
          seen.lastSeen = now;
          continue;
        }
        const record = { user, firstSeen: now, lastSeen: now };
        this.#presence.set(user.userId, record);
        out.push({ type: 'SyntheticJoinMessage', data: this.#presenceData(record) });
      }
    }
    return out;
  }

  #sweepPresence(): void {
    if (this.#gone || this.stalled) return;
    const now = Date.now();
    const leaves: WireItem[] = [];
    for (const [id, record] of this.#presence) {
      if (now - record.lastSeen >= this.settings.presenceLeaveMs) {
        this.#presence.delete(id);
        leaves.push({ type: 'SyntheticLeaveMessage', data: this.#presenceData(record) });
      }
    }
    for (const frame of leaves.length ? this.#frames(leaves, now) : []) this.ws.send(frame);
  }

  #presenceData(record: Presence): object {
    const { user } = record;
    const picked =
      this.schema === 'v3'
        ? { id: user.userId, displayId: user.uniqueId, nickname: user.nickname, avatarLarge: { urlList: [user.avatarUrl] } }
        : { userId: user.userId, uniqueId: user.uniqueId, nickname: user.nickname, profilePicture: { url: [user.avatarUrl] } };
    return { user: picked, firstSeen: record.firstSeen, lastSeen: record.lastSeen };
  }

  #markGone(): void {
    if (this.#gone) return;
    this.#gone = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.settings.onGone(this);
  }

  #addTimer(timer: NodeJS.Timeout): NodeJS.Timeout {
    this.#timers.add(timer);
    return timer;
  }

  #clear(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.#timers.delete(timer);
  }
}
