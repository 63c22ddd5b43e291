import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { subscribeLiveEvent, type LiveEventHandlers } from './subscribeLiveEvent.js';

describe('subscribeLiveEvent', () => {
  it('calls the handlers current at each notification', () => {
    const source = new Subject<number>();
    const seen: string[] = [];
    let handlers: LiveEventHandlers<number> = { handler: (n) => seen.push(`a${n}`) };
    subscribeLiveEvent(source, () => handlers);
    source.next(1);
    handlers = { handler: (n) => seen.push(`b${n}`), options: { onComplete: () => seen.push('done') } };
    source.next(2);
    source.complete();
    expect(seen).toEqual(['a1', 'b2', 'done']);
  });

  it('passes an error to onError, and swallows it without one', () => {
    const errors: unknown[] = [];
    const first = new Subject<number>();
    subscribeLiveEvent(first, () => ({ handler: () => {}, options: { onError: (e) => errors.push(e) } }));
    first.error(new Error('fatal'));
    expect(errors).toHaveLength(1);
    const second = new Subject<number>();
    subscribeLiveEvent(second, () => ({ handler: () => {} }));
    expect(() => second.error(new Error('fatal'))).not.toThrow();
  });
});
