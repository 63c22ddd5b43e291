/**
 * The store adapter (`subscribe` / `getSnapshot` / `getServerSnapshot`), the
 * contract the React and Vue bindings consume. An ordinary consumer of the
 * connection: while it has listeners it subscribes to `source$` (which holds the
 * shared session) and applies each {@link LiveStoreInput}. Writes are cheap field updates;
 * a new immutable snapshot is built only when something changed, at most once
 * per notification batch of the shared `notifyManager` (an animation frame in a
 * browser, a microtask elsewhere: a gift burst is one render), or on demand by
 * `getSnapshot()`.
 */
import type { Observable, Subscription } from 'rxjs';
import type { WebcastChatMessage } from 'tiktok-live-proto/v3';
import type { RoomInfo } from './events.js';
import { idleSnapshot } from './idleSnapshot.js';
import { notifyManager } from './notifyManager.js';
import type { LiveSnapshot, LiveState, LiveStore } from './types.js';

/** One change the store applies (what its `source$` emits). */
export type LiveStoreInput =
  | { readonly kind: 'state'; readonly state: LiveState }
  | { readonly kind: 'roomInfo'; readonly roomInfo: RoomInfo }
  | { readonly kind: 'viewerCount'; readonly count: number }
  | { readonly kind: 'likeTotal'; readonly total: number }
  | { readonly kind: 'isLive'; readonly isLive: boolean }
  | { readonly kind: 'chat'; readonly message: WebcastChatMessage };

/** The store plus its write side (used by `source$` and by tests). */
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
  /** Subscribed while the store has listeners (from the first listener to the last one's leaving). */
  source$?: Observable<LiveStoreInput>;
  /** The idle snapshot to start from and serve to `getServerSnapshot()` (same object). @default idleSnapshot(uniqueId) */
  idle?: LiveSnapshot;
  /** Schedules the batched listener notification. @default notifyManager.schedule (next animation frame in a browser, else a microtask) */
  schedule?: (flush: () => void) => void;
}

/** Creates the store for one connection. */
export function createLiveStore(options: CreateLiveStoreOptions): LiveStoreWriter {
  const { uniqueId, recentChatLimit, source$, schedule = notifyManager.schedule } = options;
  let feed: Subscription | undefined;
  const listeners = new Set<() => void>();
  const serverSnapshot = options.idle ?? idleSnapshot(uniqueId);

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
      if (listeners.size === 1 && source$ !== undefined) feed = source$.subscribe((input) => apply(input));
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(listener);
        if (listeners.size === 0) {
          feed?.unsubscribe();
          feed = undefined;
        }
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

  const apply = (input: LiveStoreInput): void => {
    switch (input.kind) {
      case 'state':
        return writer.setState(input.state);
      case 'roomInfo':
        return writer.setRoomInfo(input.roomInfo);
      case 'viewerCount':
        return writer.setViewerCount(input.count);
      case 'likeTotal':
        return writer.setLikeTotal(input.total);
      case 'isLive':
        return writer.setIsLive(input.isLive);
      case 'chat':
        return writer.addChat(input.message);
    }
  };

  const writer: LiveStoreWriter = {
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
  return writer;
}

function shallowEqual(a: LiveSnapshot, b: LiveSnapshot): boolean {
  for (const key of Object.keys(a) as (keyof LiveSnapshot)[]) {
    if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}
