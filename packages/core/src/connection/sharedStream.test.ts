import { Observable, Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedStream } from './sharedStream.js';

/** A source that counts its subscriptions and unsubscriptions. */
function counted<T>() {
  const subject = new Subject<T>();
  const counts = { subscribed: 0, unsubscribed: 0 };
  const source$ = new Observable<T>((subscriber) => {
    counts.subscribed++;
    const inner = subject.subscribe(subscriber);
    return () => {
      counts.unsubscribed++;
      inner.unsubscribe();
    };
  });
  return { subject, counts, source$ };
}

describe('sharedStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('subscribes the source once for every subscriber and drops it when the last one leaves', () => {
    const { subject, counts, source$ } = counted<number>();
    const shared$ = sharedStream(source$);
    const a: number[] = [];
    const b: number[] = [];
    const subA = shared$.subscribe((n) => a.push(n));
    subject.next(1);
    const subB = shared$.subscribe((n) => b.push(n));
    subject.next(2);
    expect([a, b]).toEqual([[1, 2], [2]]);
    expect(counts).toEqual({ subscribed: 1, unsubscribed: 0 });
    subA.unsubscribe();
    subB.unsubscribe();
    expect(counts).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('keeps the source for the grace period, and a subscriber within it reuses the same subscription', () => {
    const { counts, source$ } = counted<number>();
    const shared$ = sharedStream(source$, { graceMs: 100 });
    shared$.subscribe().unsubscribe();
    vi.advanceTimersByTime(99);
    const again = shared$.subscribe();
    vi.advanceTimersByTime(500);
    expect(counts).toEqual({ subscribed: 1, unsubscribed: 0 });
    again.unsubscribe();
    vi.advanceTimersByTime(100);
    expect(counts).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('with replay, hands the latest value to a new subscriber; without keepEnd, an ended source starts afresh', () => {
    const { subject, counts, source$ } = counted<number>();
    const shared$ = sharedStream(source$, { replay: true });
    const first: number[] = [];
    shared$.subscribe((n) => first.push(n));
    subject.next(1);
    subject.next(2);
    const late: number[] = [];
    shared$.subscribe((n) => late.push(n));
    expect(late).toEqual([2]);
    subject.complete();
    const fresh: number[] = [];
    shared$.subscribe((n) => fresh.push(n));
    expect(fresh).toEqual([]);
    expect(counts.subscribed).toBe(2);
  });

  it('with keepEnd, a subscriber after the end gets the latest value and the same error, without a new subscription', () => {
    const { subject, counts, source$ } = counted<number>();
    const shared$ = sharedStream(source$, { replay: true, keepEnd: true });
    shared$.subscribe({ error: () => {} });
    subject.next(5);
    const failure = new Error('boom');
    subject.error(failure);
    const seen: unknown[] = [];
    shared$.subscribe({ next: (n) => seen.push(n), error: (error: unknown) => seen.push(error) });
    expect(seen).toEqual([5, failure]);
    expect(counts.subscribed).toBe(1);
  });
});
