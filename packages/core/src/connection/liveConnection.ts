/**
 * One creator's connection, assembled from its parts. The data path, one way:
 * transport (`connectPolicy`) → `frameRouter` (decode, route, normalise, deliver) → the
 * consumers: the public streams, `roomState`, `derivedStreams` and the store (loaded on first
 * subscription, `connectionStore`), each an ordinary
 * subscriber of the routed items. `connectionStatus` is the single writer of the state;
 * `sharedSession` ref-counts the socket with a grace period.
 */
import { Observable } from 'rxjs';
import type { WebcastChatMessage, WebcastGiftMessage, WebcastLikeMessage } from 'tiktok-live-proto/v3';
import type { TikTokLiveError } from '../errors.js';
import type { LiveEvent, LiveEventMap, LiveEventType } from '../events.js';
import { idleSnapshot } from '../idleSnapshot.js';
import { createMulticast } from '../multicast.js';
import { createMsgIdDeduper } from '../dedupe/createMsgIdDeduper.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import type { LiveConnection, LiveStore } from '../types.js';
import { createConnectPolicy } from './connectPolicy.js';
import { IDLE_STATE, createConnectionStatus } from './connectionStatus.js';
import { createCredentials } from './credentials.js';
import { createFrameRouter } from './frameRouter.js';
import { createGapTracker } from './gapTracker.js';
import { createLazyDerivedStreams, type DerivedStreams } from './lazyDerivedStreams.js';
import { createLazyStore } from './lazyStore.js';
import { lazyModule } from './loadOnFirstUse.js';
import { createRoomState } from './roomState.js';
import { createSharedSession } from './sharedSession.js';

/** The store's wiring and the store itself, loaded on the first `store.subscribe()`. */
const storeModule = lazyModule(() => import('./connectionStore.js'));

/** The connection plus the teardown the client registry calls. */
export interface ManagedLiveConnection extends LiveConnection {
  /** Disconnects and makes every later subscription complete at once. */
  dispose(): void;
}

/** Builds every part of the connection for one (already normalised) creator id. */
export function createLiveConnection(uniqueId: string, options: ResolvedLiveClientOptions): ManagedLiveConnection {
  const events = createMulticast<LiveEvent>();
  const errors = createMulticast<TikTokLiveError>();
  const frames = createMulticast<string>();
  const deduper = options.dedupeWindow > 0 ? createMsgIdDeduper(options.dedupeWindow) : undefined;

  const router = createFrameRouter({ events, errors, isDuplicate: deduper?.isDuplicate });
  const credentials = createCredentials(uniqueId, options);
  const status = createConnectionStatus();
  const room = createRoomState(router);
  const gaps = createGapTracker();
  const run = createConnectPolicy({
    uniqueId,
    options,
    credentials,
    status,
    room,
    gaps,
    onFrame: (raw) => {
      if (frames.observed && typeof raw === 'string') frames.next(raw);
      return router.handleFrame(raw);
    },
  });
  const session = createSharedSession({
    run,
    feed$: room.feed$,
    disconnectGraceMs: options.disconnectGraceMs,
    onTeardown: () => {
      const s = status.current.status;
      if (s !== 'ended' && s !== 'offline' && s !== 'error') status.set(IDLE_STATE);
    },
  });

  const typeStreams = new Map<string, Observable<unknown>>();
  function on$<K extends LiveEventType>(type: K): Observable<LiveEventMap[K]>;
  function on$(type: string): Observable<unknown>;
  function on$(type: string): Observable<unknown> {
    if (typeof type !== 'string' || type === '') {
      throw new TypeError(`on$(type) needs a wire type name such as 'WebcastChatMessage' or 'roomInfo'.`);
    }
    let stream = typeStreams.get(type);
    if (stream === undefined) {
      stream = session.attach(router.sinkFor(type).observable$);
      typeStreams.set(type, stream);
    }
    return stream;
  }

  const chat$ = on$('WebcastChatMessage');
  const gift$ = on$('WebcastGiftMessage');
  const like$ = on$('WebcastLikeMessage');
  // Built on first use: a connection that only streams chat never builds these (and their code
  // loads on their first subscription).
  let derived: DerivedStreams | undefined;
  const derivedStreams = (): DerivedStreams => (derived ??= createLazyDerivedStreams({ options, router, room, session, gift$ }));

  // The store: a shell serving the idle snapshot; its first subscriber loads and builds the
  // real one (connectionStore.ts, a lazy chunk), so a chat-only app never downloads it.
  let store: LiveStore | undefined;
  const liveStore = (): LiveStore => {
    if (store !== undefined) return store;
    const idle = idleSnapshot(uniqueId);
    return (store = createLazyStore(idle, () =>
      storeModule.load().then((m) => m.createConnectionStore({ uniqueId, recentChatLimit: options.recentChatLimit, idle, router, room, session, status })),
    ));
  };

  let manualHold: { unsubscribe(): void } | undefined;
  const disconnect = (): void => {
    manualHold?.unsubscribe();
    manualHold = undefined;
    // Completes a running session (socket closed now, streams complete); the next hold starts afresh.
    session.stop();
    status.set(IDLE_STATE);
  };

  return {
    uniqueId,
    events$: session.attach(events.observable$),
    on$,
    roomInfo$: session.attach(room.roomInfo$),
    chat$: chat$ as Observable<WebcastChatMessage>,
    gift$: gift$ as Observable<WebcastGiftMessage>,
    like$: like$ as Observable<WebcastLikeMessage>,
    member$: on$('WebcastMemberMessage'),
    get follow$() {
      return derivedStreams().follow$;
    },
    get share$() {
      return derivedStreams().share$;
    },
    viewerCount$: session.attach(room.viewerCount$),
    streamEnd$: session.attach(room.streamEnd$),
    state$: session.attach(status.state$, 'complete'),
    errors$: session.attach(errors.observable$, 'emit-then-complete'),
    gaps$: session.attach(gaps.gaps$),
    isLive$: session.attach(room.isLive$),
    frames$: session.attach(frames.observable$),
    get giftFinal$() {
      return derivedStreams().giftFinal$;
    },
    get giftStreak$() {
      return derivedStreams().giftStreak$;
    },
    get totals$() {
      return derivedStreams().totals$;
    },
    get store() {
      return liveStore();
    },
    connect() {
      if (manualHold !== undefined) return;
      manualHold = session.holdWhileArmed();
    },
    disconnect,
    reconnect() {
      session.restartOrRearm();
    },
    dispose() {
      disconnect();
      session.dispose();
      deduper?.dispose();
    },
  };
}
