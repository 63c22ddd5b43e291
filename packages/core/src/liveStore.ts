/**
 * The store adapter (`subscribe` / `getSnapshot` / `getServerSnapshot`), the
 * contract the React and Vue bindings consume. Writes are cheap field updates;
 * a new immutable snapshot is built only when something changed, at most once
 * per notification batch of the shared `notifyManager` (an animation frame in a
 * browser, a microtask elsewhere: a gift burst is one render), or on demand by
 * `getSnapshot()`.
 */
import type { WebcastChatMessage } from 'tiktok-live-proto/v3';
import type { RoomInfo } from './events.js';
import { idleSnapshot } from './idleSnapshot.js';
import { notifyManager } from './notifyManager.js';
import type { LiveSnapshot, LiveState, LiveStore } from './types.js';

/** Fields the connection writes into the store. */
export interface LiveStoreWriter {
  /** The public adapter. */
  readonly store: LiveStore;
  /** True while at least one listener is registered. */
  readonly listening: boolean;
  setState(state: LiveState): void;
  setRoomInfo(roomInfo: RoomInfo): void;
  setViewerCount(count: number): void;
  setLikeTotal(total: number): void;
  setIsLive(isLive: boolean): void;
  addChat(message: WebcastChatMessage): void;
}

/** Options of {@link createLiveStore}. */
export interface CreateLiveStoreOptions {
  uniqueId: string;
  /** How many chat messages the snapshot keeps. */
  recentChatLimit: number;
  /** Called with `true` when the first listener arrives and `false` when the last one leaves. */
  onListening: (listening: boolean) => void;
  /** Schedules the batched listener notification. @default notifyManager.schedule (next animation frame in a browser, else a microtask) */
  schedule?: (flush: () => void) => void;
}

/** Creates the store for one connection. */
export function createLiveStore(options: CreateLiveStoreOptions): LiveStoreWriter {
  const { uniqueId, recentChatLimit, onListening, schedule = notifyManager.schedule } = options;
  const listeners = new Set<() => void>();
  const serverSnapshot = idleSnapshot(uniqueId);

  let snapshot = serverSnapshot;
  let state: LiveState = { status: 'idle', attempt: 0 };
  let roomInfo: RoomInfo | undefined;
  let viewerCount: number | undefined;
  let likeTotal: number | undefined;
  let isLive: boolean | undefined;
  // Chat ring: appended in place, copied into the snapshot only when a snapshot is built.
  let chat: WebcastChatMessage[] = [];
  let chatChanged = false;
  let dirty = false;
  let scheduled = false;

  const build = (): void => {
    dirty = false;
    let recentChat = snapshot.recentChat;
    if (chatChanged) {
      chatChanged = false;
      if (chat.length > recentChatLimit) chat = chat.slice(chat.length - recentChatLimit);
      recentChat = Object.freeze(chat.slice());
    }
    const next: LiveSnapshot = {
      uniqueId,
      status: state.status,
      attempt: state.attempt,
      error: state.error,
      closeCode: state.closeCode,
      nextRetryAt: state.nextRetryAt,
      roomInfo,
      viewerCount,
      likeTotal,
      isLive,
      recentChat,
    };
    if (!shallowEqual(next, snapshot)) snapshot = Object.freeze(next);
  };

  const flush = (): void => {
    scheduled = false;
    if (!dirty) return;
    const before = snapshot;
    build();
    if (snapshot === before) return;
    for (const listener of [...listeners]) listener();
  };

  const touch = (): void => {
    dirty = true;
    if (!scheduled && listeners.size > 0) {
      scheduled = true;
      schedule(flush);
    }
  };

  const store: LiveStore = {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) onListening(true);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(listener);
        if (listeners.size === 0) onListening(false);
      };
    },
    getSnapshot() {
      if (dirty) build();
      return snapshot;
    },
    getServerSnapshot() {
      return serverSnapshot;
    },
  };

  return {
    store,
    get listening() {
      return listeners.size > 0;
    },
    setState(next) {
      if (next === state) return;
      state = next;
      touch();
    },
    setRoomInfo(next) {
      if (next === roomInfo) return;
      roomInfo = next;
      touch();
    },
    setViewerCount(next) {
      if (next === viewerCount) return;
      viewerCount = next;
      touch();
    },
    setLikeTotal(next) {
      if (next === likeTotal) return;
      likeTotal = next;
      touch();
    },
    setIsLive(next) {
      if (next === isLive) return;
      isLive = next;
      touch();
    },
    addChat(message) {
      chat.push(message);
      // Keep the buffer bounded even if nobody reads snapshots for a long time.
      if (chat.length > recentChatLimit * 2) chat = chat.slice(chat.length - recentChatLimit);
      chatChanged = true;
      touch();
    },
  };
}

function shallowEqual(a: LiveSnapshot, b: LiveSnapshot): boolean {
  for (const key of Object.keys(a) as (keyof LiveSnapshot)[]) {
    if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}
