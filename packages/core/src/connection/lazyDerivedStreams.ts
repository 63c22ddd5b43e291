/**
 * The derived streams (`follow$`, `share$`, `giftFinal$`, `giftStreak$`, `totals$`) before their
 * code is loaded: their inputs are built here, the streams themselves in `derivedStreams.ts`, a
 * lazy chunk loaded on the first subscription of any of them. The subscribers of a stream that
 * arrive while it loads share one recording of its input, started by the first of them (which
 * holds the session as any subscription does); once loaded, the built stream takes the recording
 * over and serves them, so nothing that arrived in between is lost. Later subscribers subscribe
 * the built streams directly.
 */
import { Observable, type Subscriber, type Subscription } from 'rxjs';
import type { WebcastGiftMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import type { LiveEventLike } from '../operators/sessionTotals.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import type { DerivedStreams } from './derivedStreams.js';
import type { FrameRouter } from './frameRouter.js';
import { lazyModule } from './loadOnFirstUse.js';
import { recordSource, type Recording } from './recordSource.js';
import type { RoomState } from './roomState.js';
import type { SharedSession } from './sharedSession.js';

export type { DerivedStreams } from './derivedStreams.js';

/** The item types `totals$` reads besides room info (everything else is never normalised for it). */
const TOTALS_TYPES = ['WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage'] as const;

/** The marker `totals$`' input carries when a new stream begins (compared by identity). */
export const STREAM_START: LiveEventLike = Object.freeze({ type: 'streamStart', data: undefined });

const derivedModule = lazyModule(() => import('./derivedStreams.js'));

/** One stream's subscribers waiting for the module (served from their recording once it loaded), and that recording. */
interface Batch {
  subscribers: Subscriber<unknown>[];
  readonly recording: Recording<unknown>;
  inner?: Subscription;
}

/** The derived streams over the connection's parts, built on first subscription. */
export function createLazyDerivedStreams(parts: {
  readonly options: ResolvedLiveClientOptions;
  readonly router: FrameRouter;
  readonly room: RoomState;
  readonly session: SharedSession;
  readonly gift$: Observable<WebcastGiftMessage>;
}): DerivedStreams {
  const { options, router, room, session, gift$ } = parts;
  const social$ = session.attach(router.sinkFor('WebcastSocialMessage').observable$ as Observable<WebcastSocialMessage>);
  // The items totals$ reads, tagged like events$ items, completing/erroring with the session:
  // the current room info first, then a marker at each new stream and the items as they come.
  // Room info comes from the room state, after it marked a new stream's start.
  const totalsInput$ = session.attach(
    new Observable<LiveEventLike>((subscriber) => {
      const seed = room.currentRoomInfo;
      if (seed !== undefined) subscriber.next({ type: 'roomInfo', data: seed });
      const subscriptions = [
        room.streamStarts$.subscribe(() => subscriber.next(STREAM_START)),
        room.roomInfoItems$.subscribe((data) => subscriber.next({ type: 'roomInfo', data })),
        ...TOTALS_TYPES.map((type) => router.sinkFor(type).observable$.subscribe((data) => subscriber.next({ type, data }))),
      ];
      return () => {
        for (const subscription of subscriptions) subscription.unsubscribe();
      };
    }),
  );

  /** Recordings offered to the built streams' next subscription of an input. */
  const offered = new Map<Observable<unknown>, Recording<unknown>>();
  const adoptable = <T>(input$: Observable<T>): Observable<T> =>
    new Observable<T>((subscriber) => {
      const recording = offered.get(input$);
      if (recording === undefined) return input$.subscribe(subscriber);
      offered.delete(input$);
      recording.handTo(subscriber as Subscriber<unknown>);
      return undefined;
    });
  let built: DerivedStreams | undefined;
  const build = (module: typeof import('./derivedStreams.js')): DerivedStreams =>
    (built ??= module.createDerivedStreams({ options, session, social$: adoptable(social$), gift$: adoptable(gift$), totalsInput$: adoptable(totalsInput$) }));

  const lazy = <K extends keyof DerivedStreams>(key: K, input$: Observable<unknown>): DerivedStreams[K] => {
    let batch: Batch | undefined;
    const loaded = (module: typeof import('./derivedStreams.js'), current: Batch): void => {
      if (batch === current) batch = undefined;
      if (current.subscribers.length === 0) return;
      offered.set(input$, current.recording);
      current.inner = (build(module)[key] as Observable<unknown>).subscribe({
        next: (value) => {
          for (const subscriber of current.subscribers) subscriber.next(value);
        },
        error: (error: unknown) => {
          for (const subscriber of current.subscribers) subscriber.error(error);
        },
        complete: () => {
          for (const subscriber of current.subscribers) subscriber.complete();
        },
      });
      // Not taken over (the built stream was already running): it holds nothing any more.
      offered.delete(input$);
      current.recording.stop();
    };
    return new Observable<unknown>((subscriber) => {
      const ready = derivedModule.loaded;
      if (ready !== undefined) return (build(ready)[key] as Observable<unknown>).subscribe(subscriber);
      if (batch === undefined) {
        const current: Batch = (batch = { subscribers: [], recording: recordSource(input$) });
        derivedModule.load().then(
          (module) => loaded(module, current),
          (error: unknown) => {
            if (batch === current) batch = undefined;
            current.recording.stop();
            for (const waiting of current.subscribers) waiting.error(error);
          },
        );
      }
      const current = batch;
      current.subscribers = [...current.subscribers, subscriber];
      return () => {
        current.subscribers = current.subscribers.filter((s) => s !== subscriber);
        if (current.subscribers.length > 0) return;
        if (batch === current) batch = undefined;
        current.recording.stop();
        current.inner?.unsubscribe();
      };
    }) as DerivedStreams[K];
  };

  return {
    follow$: lazy('follow$', social$),
    share$: lazy('share$', social$),
    giftFinal$: lazy('giftFinal$', gift$),
    giftStreak$: lazy('giftStreak$', gift$),
    totals$: lazy('totals$', totalsInput$),
  };
}
