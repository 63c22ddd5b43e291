/**
 * The object `client.live(id)` returns: the creator id and the options, nothing else, until
 * something is used. The first stream, store or method access builds the connection's parts
 * (`createLiveConnection`), so an idle `live(id)` costs a few dozen bytes, and the client can
 * keep "the same object for the same id" without paying for it.
 */
import type { Observable } from 'rxjs';
import type { WebcastChatMessage, WebcastGiftMessage, WebcastLikeMessage, WebcastMemberMessage, WebcastSocialMessage } from 'tiktok-live-proto/v3';
import type { TikTokLiveError } from '../errors.js';
import type { LiveEvent, LiveEventMap, LiveEventType, RoomInfo } from '../events.js';
import type { FinalGift } from '../operators/finalizeGiftStreaks.js';
import type { GiftStreakUpdate } from '../operators/giftStreakProgress.js';
import type { SessionTotals } from '../operators/sessionTotals.js';
import type { ResolvedLiveClientOptions } from '../resolveOptions.js';
import type { GapMarker, LiveState, LiveStore, StreamEndEvent } from '../types.js';
import { createLiveConnection, type ManagedLiveConnection } from './liveConnection.js';

/** A {@link ManagedLiveConnection} whose parts are built on first use. */
export class LazyLiveConnection implements ManagedLiveConnection {
  /** The normalised creator id. */
  readonly uniqueId: string;
  #options: ResolvedLiveClientOptions | undefined;
  #built: ManagedLiveConnection | undefined;
  #disposed = false;

  constructor(uniqueId: string, options: ResolvedLiveClientOptions) {
    this.uniqueId = uniqueId;
    this.#options = options;
  }

  /** The connection's parts, built now if needed. */
  #parts(): ManagedLiveConnection {
    if (this.#built === undefined) {
      this.#built = createLiveConnection(this.uniqueId, this.#options!);
      this.#options = undefined;
      if (this.#disposed) this.#built.dispose();
    }
    return this.#built;
  }

  get events$(): Observable<LiveEvent> {
    return this.#parts().events$;
  }
  on$<K extends LiveEventType>(type: K): Observable<LiveEventMap[K]>;
  on$(type: string): Observable<unknown>;
  on$(type: string): Observable<unknown> {
    return this.#parts().on$(type);
  }
  get roomInfo$(): Observable<RoomInfo> {
    return this.#parts().roomInfo$;
  }
  get chat$(): Observable<WebcastChatMessage> {
    return this.#parts().chat$;
  }
  get gift$(): Observable<WebcastGiftMessage> {
    return this.#parts().gift$;
  }
  get like$(): Observable<WebcastLikeMessage> {
    return this.#parts().like$;
  }
  get member$(): Observable<WebcastMemberMessage> {
    return this.#parts().member$;
  }
  get follow$(): Observable<WebcastSocialMessage> {
    return this.#parts().follow$;
  }
  get share$(): Observable<WebcastSocialMessage> {
    return this.#parts().share$;
  }
  get viewerCount$(): Observable<number> {
    return this.#parts().viewerCount$;
  }
  get streamEnd$(): Observable<StreamEndEvent> {
    return this.#parts().streamEnd$;
  }
  get state$(): Observable<LiveState> {
    return this.#parts().state$;
  }
  get errors$(): Observable<TikTokLiveError> {
    return this.#parts().errors$;
  }
  get gaps$(): Observable<GapMarker> {
    return this.#parts().gaps$;
  }
  get isLive$(): Observable<boolean> {
    return this.#parts().isLive$;
  }
  get frames$(): Observable<string> {
    return this.#parts().frames$;
  }
  get giftFinal$(): Observable<FinalGift> {
    return this.#parts().giftFinal$;
  }
  get giftStreak$(): Observable<GiftStreakUpdate> {
    return this.#parts().giftStreak$;
  }
  get totals$(): Observable<SessionTotals> {
    return this.#parts().totals$;
  }
  get store(): LiveStore {
    return this.#parts().store;
  }
  connect(): void {
    this.#parts().connect();
  }
  disconnect(): void {
    // Never built: nothing is connected.
    this.#built?.disconnect();
  }
  reconnect(): void {
    this.#parts().reconnect();
  }
  dispose(): void {
    this.#disposed = true;
    this.#built?.dispose();
  }
}
