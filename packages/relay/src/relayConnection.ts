/**
 * One creator read from the relay, with the core's {@link LiveConnection} API: lazy and
 * ref-counted (two ordered JetStream consumers open with the first subscriber: the
 * latest values, last per subject, then the events), shared with a keep-alive grace,
 * fed one way into private multicasts and the core's store.
 */
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  BehaviorSubject,
  Observable,
  ReplaySubject,
  Subject,
  combineLatest,
  distinctUntilChanged,
  filter,
  map,
  merge,
  share,
  shareReplay,
  takeUntil,
  timer,
  type Subscription,
} from 'rxjs';
import type { WebcastChatMessage, WebcastGiftMessage, WebcastLikeMessage, WebcastMemberMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import {
  TikTokLiveError,
  isLiveEventType,
  type GapMarker,
  type LiveConnection,
  type LiveEvent,
  type LiveState,
  type RoomInfo,
  type SessionTotals,
  type StreamEndEvent,
} from '@tiktok-live-rx/core';
import { createLiveStore } from '@tiktok-live-rx/core/bindings';
import { finalizeGiftStreaks, giftStreakProgress, type FinalizeGiftStreaksConfig } from '@tiktok-live-rx/core/operators';
import { decodeCreator, type RelayNames } from './relayNames.js';
import { RELAY_END_TYPE, RELAY_GAP_TYPE, decodeBody, type RelayGapMarker, type RelayWorkerState } from './relayWire.js';

/** The consumer's own link to NATS. */
export type RelayLinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** `state$` of a relayed connection: the worker's view of the creator plus this consumer's NATS link. */
export interface RelayLiveState extends LiveState {
  /** The consumer's NATS link. While it is down, `status` is `reconnecting`. */
  readonly link: RelayLinkStatus;
  /** The worker's latest published state (`undefined` until a worker published one). */
  readonly worker?: RelayWorkerState | undefined;
}

/** Where a consumer starts reading events (JetStream's own replay). */
export type RelayReplay = { readonly startSeq: number } | { readonly startTime: Date | number };

/** A relayed connection: a {@link LiveConnection} whose `state$` and `gaps$` carry relay details. */
export interface RelayLiveConnection extends LiveConnection {
  /** The worker's view of the creator plus this consumer's NATS link; replayed, distinct. */
  readonly state$: Observable<RelayLiveState>;
  /** Gap markers from the event stream: the worker's reconnects, fail-overs and buffer overflows. */
  readonly gaps$: Observable<RelayGapMarker>;
}

/** What a relayed connection needs from its client. */
export interface RelayConnectionContext {
  readonly connection: Promise<NatsConnection>;
  readonly link$: Observable<RelayLinkStatus>;
  readonly names: RelayNames;
  readonly keepAliveMs: number;
  readonly recentChatLimit: number;
  readonly giftStreaks: FinalizeGiftStreaksConfig | undefined;
  readonly replay: RelayReplay | undefined;
}

type Signal =
  | { kind: 'event'; type: string; data: unknown }
  | { kind: 'latest'; which: string; data: unknown };

const noop = (): void => {};

/** Creates the relayed connection for one (normalised) creator handle. */
export function createRelayConnection(uniqueId: string, ctx: RelayConnectionContext): RelayLiveConnection {
  const { names } = ctx;
  const events$ = new Subject<LiveEvent>();
  const gaps = new Subject<RelayGapMarker>();
  const streamEnd = new Subject<StreamEndEvent>();
  const roomInfo = new ReplaySubject<RoomInfo>(1);
  const totals = new ReplaySubject<SessionTotals>(1);
  const worker = new BehaviorSubject<RelayWorkerState | undefined>(undefined);
  const errors = new Subject<TikTokLiveError>();
  const disconnects = new Subject<void>();

  const store = createLiveStore({
    uniqueId,
    recentChatLimit: ctx.recentChatLimit,
    // Held from the store's first listener to its last one's leaving.
    source$: new Observable<never>(() => {
      attachStore();
      return detachStore;
    }),
  });

  // One session: both consumers, shared by every stream, kept for `keepAliveMs` after the last leaves.
  const session$ = new Observable<Signal>((subscriber) => {
    let stopped = false;
    const iterators: ConsumerMessages[] = [];
    const pump = async (stream: string, kind: Signal['kind'], options: Record<string, unknown>): Promise<void> => {
      const nc = await ctx.connection;
      if (stopped) return;
      const consumer = await jetstream(nc).consumers.get(stream, options);
      const messages = await consumer.consume();
      iterators.push(messages);
      if (stopped) void messages.close();
      for await (const message of messages) {
        const token = message.subject.slice(message.subject.lastIndexOf('.') + 1);
        const data = decodeBody(message.data);
        subscriber.next(kind === 'event' ? { kind, type: decodeCreator(token), data } : { kind, which: token, data });
      }
    };
    // A failure (no stream yet because no worker ever ran, a permission problem, …) is reported
    // on errors$ and retried with a capped backoff while someone is subscribed.
    const run = (stream: string, kind: Signal['kind'], options: Record<string, unknown>, delay = 500): void => {
      pump(stream, kind, options).catch((error: unknown) => {
        if (stopped) return;
        const message = error instanceof Error ? error.message : String(error);
        errors.next(new TikTokLiveError(`relay consumer for ${uniqueId} failed (retrying in ${delay} ms): ${message}`, 'unexpected', { cause: error }));
        setTimeout(() => !stopped && run(stream, kind, options, Math.min(delay * 2, 10_000)), delay);
      });
    };
    run(names.latestStream, 'latest', { filter_subjects: names.latestFilter(uniqueId), deliver_policy: DeliverPolicy.LastPerSubject });
    run(names.eventStream, 'event', { filter_subjects: names.eventFilter(uniqueId), ...replayOptions(ctx.replay) });
    return () => {
      stopped = true;
      for (const messages of iterators) void messages.close();
    };
  }).pipe(share({ resetOnRefCountZero: () => timer(ctx.keepAliveMs) }));

  const route = (signal: Signal): void => {
    if (signal.kind === 'latest') {
      if (signal.which === 'room') {
        roomInfo.next(signal.data as RoomInfo);
        store.setRoomInfo(signal.data as RoomInfo);
      } else if (signal.which === 'totals') totals.next(signal.data as SessionTotals);
      else if (signal.which === 'state') worker.next(signal.data as RelayWorkerState);
      return;
    }
    if (signal.type === RELAY_GAP_TYPE) return gaps.next(signal.data as RelayGapMarker);
    if (signal.type === RELAY_END_TYPE) return streamEnd.next(signal.data as StreamEndEvent);
    const event = (isLiveEventType(signal.type) ? { type: signal.type, data: signal.data } : { type: 'unknown', wireType: signal.type, data: signal.data }) as LiveEvent;
    if (event.type === 'WebcastChatMessage') store.addChat(event.data);
    else if (event.type === 'WebcastRoomUserSeqMessage') {
      const total = Number((event.data as { total?: unknown }).total);
      if (Number.isFinite(total)) store.setViewerCount(total);
    } else if (event.type === 'WebcastLikeMessage') {
      const total = Number((event.data as { total?: unknown }).total);
      if (Number.isFinite(total)) store.setLikeTotal(total);
    }
    events$.next(event);
  };

  // Every public stream holds the session while subscribed; signals are routed once, whoever listens.
  const routed$ = session$.pipe(
    map((signal) => {
      route(signal);
      return undefined;
    }),
    share(),
  );
  const hold = <T>(source$: Observable<T>): Observable<T> =>
    new Observable<T>((subscriber) => {
      const inner = source$.pipe(takeUntil(disconnects)).subscribe(subscriber);
      inner.add(routed$.subscribe({ error: noop }));
      return inner;
    });

  const state$ = combineLatest([ctx.link$, worker]).pipe(
    map(([link, view]) => toState(link, view)),
    distinctUntilChanged((a, b) => a.status === b.status && a.link === b.link && a.worker === b.worker),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  const on$ = (type: string): Observable<unknown> =>
    events$.pipe(
      filter((event) => (event.type === 'unknown' ? event.wireType : event.type) === type),
      map((event) => event.data),
    );
  const gift$ = hold(on$('WebcastGiftMessage') as Observable<WebcastGiftMessage>);
  const social$ = on$('WebcastSocialMessage') as Observable<WebcastSocialMessage>;
  const socialKey = (message: WebcastSocialMessage): string =>
    String((message as { common?: { displayText?: { key?: unknown } } }).common?.displayText?.key ?? '');

  let storeHold: Subscription | undefined;
  function attachStore(): void {
    storeHold ??= merge(state$).subscribe({
      next: (state) => {
        store.setState(state);
        if (state.worker) store.setIsLive(state.worker.status === 'connected');
      },
      error: noop,
    });
    storeHold.add(routed$.subscribe({ error: noop }));
  }
  function detachStore(): void {
    storeHold?.unsubscribe();
    storeHold = undefined;
  }

  const connection: RelayLiveConnection = {
    uniqueId,
    events$: hold(events$),
    on$: ((type: string) => hold(on$(type))) as LiveConnection['on$'],
    roomInfo$: hold(roomInfo),
    chat$: hold(on$('WebcastChatMessage') as Observable<WebcastChatMessage>),
    gift$,
    like$: hold(on$('WebcastLikeMessage') as Observable<WebcastLikeMessage>),
    member$: hold(on$('WebcastMemberMessage') as Observable<WebcastMemberMessage>),
    follow$: hold(social$.pipe(filter((m) => socialKey(m).includes('follow')))),
    share$: hold(social$.pipe(filter((m) => socialKey(m).includes('share')))),
    viewerCount$: hold(
      on$('WebcastRoomUserSeqMessage').pipe(
        map((m) => Number((m as { total?: unknown }).total)),
        filter((count) => Number.isFinite(count)),
        distinctUntilChanged(),
      ),
    ),
    streamEnd$: hold(streamEnd),
    state$: hold(state$),
    errors$: hold(errors),
    gaps$: hold(gaps),
    isLive$: hold(
      worker.pipe(
        filter((view): view is RelayWorkerState => view !== undefined),
        map((view) => view.status === 'connected'),
        distinctUntilChanged(),
      ),
    ),
    // The relay carries normalised items, not the service's raw frames.
    frames$: hold(new Observable<string>()),
    giftFinal$: gift$.pipe(finalizeGiftStreaks(ctx.giftStreaks), share()),
    giftStreak$: gift$.pipe(giftStreakProgress(ctx.giftStreaks), share()),
    totals$: hold(totals),
    store: store.store,
    connect() {
      attachStore();
    },
    disconnect() {
      detachStore();
      disconnects.next();
      store.setState({ status: 'idle', attempt: 0 });
    },
    reconnect() {
      disconnects.next();
      if (store.listening) attachStore();
    },
  };
  return connection;
}

function toState(link: RelayLinkStatus, view: RelayWorkerState | undefined): RelayLiveState {
  if (link !== 'connected') return { status: link === 'closed' ? 'error' : link === 'connecting' ? 'connecting' : 'reconnecting', attempt: 0, link, worker: view };
  if (!view) return { status: 'connecting', attempt: 0, link, worker: view };
  return {
    status: view.status,
    attempt: view.attempt,
    closeCode: view.closeCode,
    reason: view.reason,
    nextRetryAt: view.nextRetryAt,
    error: view.error ? new TikTokLiveError(view.error.message, view.error.code as TikTokLiveError['code']) : undefined,
    link,
    worker: view,
  };
}

function replayOptions(replay: RelayReplay | undefined): Record<string, unknown> {
  if (!replay) return { deliver_policy: DeliverPolicy.New };
  if ('startSeq' in replay) return { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: replay.startSeq };
  return { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(replay.startTime).toISOString() };
}
