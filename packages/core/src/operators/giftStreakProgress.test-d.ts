import { describe, expectTypeOf, it } from 'vitest';
import type { Observable, OperatorFunction } from 'rxjs';
import type { WebcastGiftMessage } from 'tiktok-live-proto/v3';
import { giftStreakProgress, type GiftStreakUpdate } from './giftStreakProgress.js';

declare const gift$: Observable<WebcastGiftMessage>;

describe('giftStreakProgress types', () => {
  it('maps gift messages to streak updates', () => {
    expectTypeOf(giftStreakProgress()).toEqualTypeOf<OperatorFunction<WebcastGiftMessage, GiftStreakUpdate>>();
    expectTypeOf(gift$.pipe(giftStreakProgress({ timeoutMs: 3_000 }))).toEqualTypeOf<Observable<GiftStreakUpdate>>();
    expectTypeOf<GiftStreakUpdate['ended']>().toEqualTypeOf<boolean>();
    expectTypeOf<GiftStreakUpdate['endedBy']>().toEqualTypeOf<'repeatEnd' | 'timeout' | 'single' | 'complete' | undefined>();
  });

  it('rejects unknown options', () => {
    // @ts-expect-error unknown option
    giftStreakProgress({ maxStreaks: 5 });
  });
});
