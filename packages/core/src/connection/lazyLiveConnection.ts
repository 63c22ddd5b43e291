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

/** The members read straight from the built parts (each a getter on the prototype, none per instance). */
const READ_THROUGH = [
  'events$',
  'roomInfo$',
  'chat$',
  'gift$',
  'like$',
  'member$',
  'follow$',
  'share$',
  'viewerCount$',
  'streamEnd$',
  'state$',
  'errors$',
  'gaps$',
  'isLive$',
  'frames$',
  'giftFinal$',
  'giftStreak$',
  'totals$',
  'store',
] as const satisfies readonly (keyof ManagedLiveConnection)[];

/** A {@link ManagedLiveConnection} whose parts are built on first use. */
export class LazyLiveConnection implements ManagedLiveConnection {
  /** The normalised creator id. */
  readonly uniqueId: string;
  #options: ResolvedLiveClientOptions | undefined;
  #built: ManagedLiveConnection | undefined;
  #disposed = false;

  declare readonly events$: Observable<LiveEvent>;
  declare readonly roomInfo$: Observable<RoomInfo>;
  declare readonly chat$: Observable<WebcastChatMessage>;
  declare readonly gift$: Observable<WebcastGiftMessage>;
  declare readonly like$: Observable<WebcastLikeMessage>;
  declare readonly member$: Observable<WebcastMemberMessage>;
  declare readonly follow$: Observable<WebcastSocialMessage>;
  declare readonly share$: Observable<WebcastSocialMessage>;
  declare readonly viewerCount$: Observable<number>;
  declare readonly streamEnd$: Observable<StreamEndEvent>;
  declare readonly state$: Observable<LiveState>;
  declare readonly errors$: Observable<TikTokLiveError>;
  declare readonly gaps$: Observable<GapMarker>;
  declare readonly isLive$: Observable<boolean>;
  declare readonly frames$: Observable<string>;
  declare readonly giftFinal$: Observable<FinalGift>;
  declare readonly giftStreak$: Observable<GiftStreakUpdate>;
  declare readonly totals$: Observable<SessionTotals>;
  declare readonly store: LiveStore;

  static {
    for (const key of READ_THROUGH) {
      Object.defineProperty(this.prototype, key, {
        get(this: LazyLiveConnection) {
          return this.#parts()[key];
        },
      });
    }
  }

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

  on$<K extends LiveEventType>(type: K): Observable<LiveEventMap[K]>;
  on$(type: string): Observable<unknown>;
  on$(type: string): Observable<unknown> {
    return this.#parts().on$(type);
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
