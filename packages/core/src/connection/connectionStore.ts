/**
 * A connection's snapshot store, loaded on the first `store.subscribe()` (`import()` from
 * `liveConnection`, behind `lazyStore`'s shell): chat and the like total while it has listeners
 * (holding the session), and the facts every snapshot shows (state, room info, viewers, live),
 * which need no hold.
 */
import { Observable } from 'rxjs';
import type { WebcastChatMessage, WebcastLikeMessage } from 'tiktok-live-proto/v3';
import { createLiveStore, type LiveStoreInput } from '../liveStore.js';
import type { LiveSnapshot, LiveStore } from '../types.js';
import type { ConnectionStatus } from './connectionStatus.js';
import type { FrameRouter } from './frameRouter.js';
import type { RoomState } from './roomState.js';
import type { SharedSession } from './sharedSession.js';

/** Builds the store over the connection's parts; `idle` is the snapshot the shell served so far. */
export function createConnectionStore(parts: {
  readonly uniqueId: string;
  readonly recentChatLimit: number;
  readonly idle: LiveSnapshot;
  readonly router: FrameRouter;
  readonly room: RoomState;
  readonly session: SharedSession;
  readonly status: ConnectionStatus;
}): LiveStore {
  const { router, room, session } = parts;
  const writer = createLiveStore({
    uniqueId: parts.uniqueId,
    recentChatLimit: parts.recentChatLimit,
    idle: parts.idle,
    source$: session.attachWhileArmed(
      new Observable<LiveStoreInput>((subscriber) => {
        const chat = router.sinkFor('WebcastChatMessage').observable$.subscribe((message) => subscriber.next({ kind: 'chat', message: message as WebcastChatMessage }));
        const likes = router.sinkFor('WebcastLikeMessage').observable$.subscribe((data) => {
          const total = toCount((data as WebcastLikeMessage & { total?: unknown }).total);
          if (total !== undefined) subscriber.next({ kind: 'likeTotal', total });
        });
        return () => {
          chat.unsubscribe();
          likes.unsubscribe();
        };
      }),
    ),
  });
  parts.status.state$.subscribe((state) => writer.setState(state));
  room.roomInfo$.subscribe((roomInfo) => writer.setRoomInfo(roomInfo));
  room.viewerCount$.subscribe((count) => writer.setViewerCount(count));
  room.isLive$.subscribe((isLive) => writer.setIsLive(isLive));
  return writer.store;
}

/** int64 counts arrive as strings (v3) or numbers (v2). */
function toCount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
