/**
 * Room state: an ordinary consumer of the routed room items (room info, control messages,
 * viewer counts) and of the attempts' outcomes. The single writer of `roomInfo$`,
 * `viewerCount$`, `isLive$`, `streamEnd$` and of "a new stream began".
 */
import { Observable } from 'rxjs';
import type { WebcastControlMessage } from 'tiktok-live-proto/v3';
import { NotLiveError, StreamEndedError } from '../errors.js';
import type { RoomInfo } from '../events.js';
import { createMulticast } from '../multicast.js';
import { viewerCountOf } from '../selectors/viewerCount.js';
import type { StreamEndEvent } from '../types.js';
import type { FrameRouter } from './frameRouter.js';

/** The room facts of one connection. */
export interface RoomState {
  /** Room info; the latest replayed. */
  readonly roomInfo$: Observable<RoomInfo>;
  /** Room info as it arrives (not replayed), after `streamStarts$` fired for it. */
  readonly roomInfoItems$: Observable<RoomInfo>;
  /** Viewer count from viewer-count messages and room info; distinct, latest replayed. */
  readonly viewerCount$: Observable<number>;
  /** Whether the creator is live; distinct, latest replayed. */
  readonly isLive$: Observable<boolean>;
  /** Once per stream end. */
  readonly streamEnd$: Observable<StreamEndEvent>;
  /** A new stream began after an end (its first room info is next). */
  readonly streamStarts$: Observable<void>;
  /** The current stream's latest room info, if any. */
  readonly currentRoomInfo: RoomInfo | undefined;
  /** Consumes the routed room items while subscribed (the session holds it). */
  readonly feed$: Observable<never>;
  /** An attempt got its session. */
  established(): void;
  /** An attempt failed with `error`. */
  closed(error: unknown): void;
}

/** Creates the room state over `router`'s room item sinks. */
export function createRoomState(router: FrameRouter): RoomState {
  const roomInfo = createMulticast<RoomInfo>(true);
  const roomInfoItems = createMulticast<RoomInfo>();
  const viewerCount = createMulticast<number>(true);
  const isLive = createMulticast<boolean>(true);
  const streamEnd = createMulticast<StreamEndEvent>();
  const streamStarts = createMulticast<void>();
  let lastIsLive: boolean | undefined;
  let lastViewerCount: number | undefined;
  let endSignalled = false;
  /** Set by a stream end (or a 4404 after being live); the next room info starts a new stream. */
  let newStreamPending = false;
  let currentRoomInfo: RoomInfo | undefined;

  const setIsLive = (value: boolean): void => {
    if (value === lastIsLive) return;
    lastIsLive = value;
    isLive.next(value);
  };
  const setViewerCount = (count: number | undefined): void => {
    if (count === undefined || count === lastViewerCount) return;
    lastViewerCount = count;
    viewerCount.next(count);
  };
  const markStreamOver = (): void => {
    newStreamPending = true;
    currentRoomInfo = undefined;
  };
  const signalEnd = (event: StreamEndEvent): void => {
    if (endSignalled) return;
    endSignalled = true;
    markStreamOver();
    streamEnd.next(event);
  };

  const onRoomInfo = (data: RoomInfo): void => {
    if (newStreamPending) {
      newStreamPending = false;
      streamStarts.next();
    }
    currentRoomInfo = data;
    roomInfo.next(data);
    setViewerCount(viewerCountOf('roomInfo', data));
    roomInfoItems.next(data);
  };
  const onControl = (data: WebcastControlMessage): void => {
    const action = Number(data.action);
    if (action === 3 || action === 4) {
      signalEnd({ reason: action === 3 ? 'stream-ended' : 'stream-suspended', action, at: Date.now() });
      setIsLive(false);
    }
  };

  const feed$ = new Observable<never>(() => {
    const subscriptions = [
      router.sinkFor('roomInfo').observable$.subscribe((data) => onRoomInfo(data as RoomInfo)),
      router.sinkFor('WebcastControlMessage').observable$.subscribe((data) => onControl(data as WebcastControlMessage)),
      router.sinkFor('WebcastRoomUserSeqMessage').observable$.subscribe((data) => setViewerCount(viewerCountOf('WebcastRoomUserSeqMessage', data))),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  });

  return {
    roomInfo$: roomInfo.observable$,
    roomInfoItems$: roomInfoItems.observable$,
    viewerCount$: viewerCount.observable$,
    isLive$: isLive.observable$,
    streamEnd$: streamEnd.observable$,
    streamStarts$: streamStarts.observable$,
    get currentRoomInfo() {
      return currentRoomInfo;
    },
    feed$,
    established() {
      endSignalled = false;
      setIsLive(true);
    },
    closed(error) {
      if (error instanceof StreamEndedError) {
        signalEnd({ reason: 'stream-ended', closeCode: error.closeCode, at: Date.now() });
        setIsLive(false);
      } else if (error instanceof NotLiveError) {
        // Live before and now offline: the stream ended while we were away.
        if (lastIsLive === true) markStreamOver();
        setIsLive(false);
      }
    },
  };
}
