import { avatarUrl, displayName, giftInfo, type FinalGift, type GiftStreakUpdate, type LiveConnection } from '@tiktok-live-rx/core';
import { asyncScheduler, merge, Observable, tap, type ObservedValueOf, type SchedulerLike, type Subscription } from 'rxjs';

type WebcastSocialMessage = ObservedValueOf<LiveConnection['follow$']>;

/** One alert of the alerts overlay: a final gift or streak, a follow or a share. */
export interface OverlayAlert {
  /** Unique per alert (for keys and animations). */
  readonly id: number;
  readonly kind: 'gift' | 'follow' | 'share';
  /** Who did it. */
  readonly name: string;
  readonly avatarUrl: string | undefined;
  /** Gift alerts: the gift's name, picture, units and diamonds. */
  readonly gift?: { readonly name: string; readonly imageUrl: string | undefined; readonly count: number; readonly diamonds: number };
}

/** A streak that is still running: the live combo count. */
export interface OverlayCombo {
  readonly key: string;
  readonly name: string;
  readonly giftName: string;
  readonly imageUrl: string | undefined;
  readonly count: number;
}

/** What the alerts overlay shows right now. */
export interface OverlayAlertsState {
  /** The alert on screen, or `undefined` between alerts. */
  readonly current: OverlayAlert | undefined;
  /** Alerts waiting for their turn. */
  readonly queued: number;
  /** Running streaks, oldest first. */
  readonly combos: readonly OverlayCombo[];
}

/** Options of {@link overlayAlerts}. */
export interface OverlayAlertsOptions {
  /** How long each alert stays on screen. @default 5000 */
  displayMs?: number;
  /** At most this many alerts wait; past it the oldest waiting alert is dropped. @default 20 */
  maxQueued?: number;
  /** Clock for the display time (tests). @default asyncScheduler */
  scheduler?: SchedulerLike;
}

/**
 * The alerts overlay's state from one connection: one alert per final gift or streak
 * (`giftFinal$`), follow (`follow$`) and share (`share$`), shown one after another for
 * `displayMs` each, and the live combo counts of running streaks (`giftStreak$`).
 * Reconnects change nothing here: the connection's streams keep flowing across them.
 */
export function overlayAlerts(connection: LiveConnection, options: OverlayAlertsOptions = {}): Observable<OverlayAlertsState> {
  const { displayMs = 5000, maxQueued = 20, scheduler = asyncScheduler } = options;
  return new Observable<OverlayAlertsState>((subscriber) => {
    let nextId = 1;
    let current: OverlayAlert | undefined;
    const queue: OverlayAlert[] = [];
    const combos = new Map<string, OverlayCombo>();
    let timer: Subscription | undefined;

    const emit = (): void => subscriber.next({ current, queued: queue.length, combos: [...combos.values()] });
    const showNext = (): void => {
      current = queue.shift();
      timer = current === undefined ? undefined : scheduler.schedule(() => {
        showNext();
        emit();
      }, displayMs);
    };
    const push = (alert: Omit<OverlayAlert, 'id'>): void => {
      queue.push({ ...alert, id: nextId++ });
      if (queue.length > maxQueued) queue.shift();
      if (current === undefined) showNext();
      emit();
    };

    emit();
    subscriber.add(() => timer?.unsubscribe());
    subscriber.add(
      merge(
        connection.giftFinal$.pipe(tap((gift) => push(giftAlert(gift)))),
        connection.follow$.pipe(tap((message) => push(socialAlert('follow', message)))),
        connection.share$.pipe(tap((message) => push(socialAlert('share', message)))),
        connection.giftStreak$.pipe(
          tap((update) => {
            applyCombo(combos, update);
            emit();
          }),
        ),
      ).subscribe({ error: (error: unknown) => subscriber.error(error) }),
    );
  });
}

function giftAlert(gift: FinalGift): Omit<OverlayAlert, 'id'> {
  const info = giftInfo(gift.message);
  return {
    kind: 'gift',
    name: displayName(gift.message.user, 'someone'),
    avatarUrl: avatarUrl(gift.message.user),
    gift: { name: info.name || `gift ${gift.giftId}`, imageUrl: info.imageUrl, count: gift.repeatCount, diamonds: gift.totalDiamonds },
  };
}

function socialAlert(kind: 'follow' | 'share', message: WebcastSocialMessage): Omit<OverlayAlert, 'id'> {
  return { kind, name: displayName(message.user, 'someone'), avatarUrl: avatarUrl(message.user) };
}

/** Keeps `combos` in step with a streak update: a running streak's count, or its removal once it ended. */
function applyCombo(combos: Map<string, OverlayCombo>, update: GiftStreakUpdate): void {
  // An ended streak becomes its gift alert (giftFinal$); the counter leaves.
  if (update.ended) {
    combos.delete(update.key);
    return;
  }
  const info = giftInfo(update.message);
  combos.set(update.key, {
    key: update.key,
    name: displayName(update.message.user, 'someone'),
    giftName: info.name || `gift ${update.giftId}`,
    imageUrl: info.imageUrl,
    count: update.repeatCount,
  });
}
