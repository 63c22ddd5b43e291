/**
 * A minimal hot multicast for the event hot path: `next` is a plain loop over
 * the current subscribers (no per-call closure, unlike `Subject.next`). Only its
 * `observable$` leaves the connection; the emitting side stays private. With
 * `replay`, it also hands the latest value to each new subscriber (the connection's
 * state and room facts), so the engine needs no rxjs subject.
 */
import { Observable, type Subscriber } from 'rxjs';

/** The emitting side of a {@link Multicast}, as the frame router sees it. */
export interface Sink<T> {
  /** True while at least one subscriber is attached. */
  readonly observed: boolean;
  /** Delivers a value to every current subscriber. */
  next(value: T): void;
}

/** A sink plus the observable that subscribes to it. */
export interface Multicast<T> extends Sink<T> {
  /** Subscribing adds a subscriber; unsubscribing removes it. Never completes on its own. */
  readonly observable$: Observable<T>;
  /** Completes every current subscriber. */
  complete(): void;
}

/**
 * Creates a multicast. Subscribers added or removed during a `next` take effect from the next value.
 * With `replay`, a new subscriber first gets the latest value, if any.
 */
export function createMulticast<T>(replay = false): Multicast<T> {
  return new HotMulticast<T>(replay);
}

/**
 * A class, so that a connection's dozen or more multicasts share their methods (a factory's
 * object literal would carry its own copy of each, per instance).
 */
class HotMulticast<T> implements Multicast<T> {
  // Copy-on-write, so a `next` loop never sees the array change under it.
  #subscribers: readonly Subscriber<T>[] = [];
  #latest: [T] | undefined;
  readonly #replay: boolean;
  readonly observable$: Observable<T>;

  constructor(replay: boolean) {
    this.#replay = replay;
    this.observable$ = new Observable<T>((subscriber) => {
      this.#subscribers = [...this.#subscribers, subscriber];
      if (this.#latest !== undefined) subscriber.next(this.#latest[0]);
      return () => {
        this.#subscribers = this.#subscribers.filter((s) => s !== subscriber);
      };
    });
  }

  get observed(): boolean {
    return this.#subscribers.length > 0;
  }

  next(value: T): void {
    if (this.#replay) this.#latest = [value];
    const list = this.#subscribers;
    for (let i = 0; i < list.length; i++) list[i]!.next(value);
  }

  complete(): void {
    const list = this.#subscribers;
    this.#subscribers = [];
    for (const subscriber of list) subscriber.complete();
  }
}
