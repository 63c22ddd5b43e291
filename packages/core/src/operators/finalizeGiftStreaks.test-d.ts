import { describe, expectTypeOf, it } from 'vitest';
import type { Observable, OperatorFunction } from 'rxjs';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { finalizeGiftStreaks, type FinalGift, type GiftStreakEndReason } from './finalizeGiftStreaks.js';

declare const gift$: Observable<WebcastGiftMessage>;

declare const chat$: Observable<{ content: string }>;

describe('finalizeGiftStreaks types', () => {
  it('maps gift messages to final gifts', () => {
    expectTypeOf(finalizeGiftStreaks()).toEqualTypeOf<OperatorFunction<WebcastGiftMessage, FinalGift>>();
    expectTypeOf(gift$.pipe(finalizeGiftStreaks(5_000))).toEqualTypeOf<Observable<FinalGift>>();
    expectTypeOf<FinalGift['endedBy']>().toEqualTypeOf<GiftStreakEndReason>();
    expectTypeOf<GiftStreakEndReason>().toEqualTypeOf<'repeatEnd' | 'timeout' | 'single' | 'complete'>();
    expectTypeOf<FinalGift['message']>().toEqualTypeOf<WebcastGiftMessage>();
  });

  it('rejects unknown options and non-gift sources', () => {
    // @ts-expect-error unknown option
    finalizeGiftStreaks({ timeout: 5 });
    // @ts-expect-error a string is not a timeout
    finalizeGiftStreaks('5s');
    // @ts-expect-error only gift messages can be finalised
    chat$.pipe(finalizeGiftStreaks());
  });
});
