import { describe, expectTypeOf, it } from 'vitest';
import type { MonoTypeOperatorFunction, Observable } from 'rxjs';
import type { WebcastChatMessage } from 'tiktok-live-proto/v3';
import { dedupeByMsgId } from './dedupeByMsgId.js';

declare const chat$: Observable<WebcastChatMessage>;

describe('dedupeByMsgId types', () => {
  it('keeps the item type', () => {
    expectTypeOf(chat$.pipe(dedupeByMsgId())).toEqualTypeOf<Observable<WebcastChatMessage>>();
    expectTypeOf(chat$.pipe(dedupeByMsgId(500))).toEqualTypeOf<Observable<WebcastChatMessage>>();
    expectTypeOf(dedupeByMsgId<number>()).toEqualTypeOf<MonoTypeOperatorFunction<number>>();
  });

  it('types the key function from the items', () => {
    chat$.pipe(dedupeByMsgId({ key: (m) => m.common?.msgId }));
    dedupeByMsgId<{ id: number }>({ key: (x) => x.id, windowSize: 10 });
    // @ts-expect-error the key must return an id, not an object
    dedupeByMsgId<{ id: number }>({ key: (x) => x });
  });
});
