import { describe, expectTypeOf, it } from 'vitest';
import type { Observable, OperatorFunction } from 'rxjs';
import type { WebcastLikeMessage } from 'tiktok-live-proto/v3';
import { likesByUser, type LikeTotals, type LikerTotals } from './likesByUser.js';

declare const like$: Observable<WebcastLikeMessage>;

describe('likesByUser types', () => {
  it('maps like messages to immutable like totals', () => {
    expectTypeOf(likesByUser()).toEqualTypeOf<OperatorFunction<WebcastLikeMessage, LikeTotals>>();
    expectTypeOf(like$.pipe(likesByUser(5))).toEqualTypeOf<Observable<LikeTotals>>();
    expectTypeOf<LikeTotals['byUser']>().toEqualTypeOf<readonly LikerTotals[]>();
  });

  it('does not allow mutating a snapshot', () => {
    const totals = {} as LikeTotals;
    // @ts-expect-error snapshots are read-only
    totals.total = 1;
    // @ts-expect-error leaderboards are read-only
    totals.byUser.push({ userId: '1', nickname: '', likes: 1 });
  });
});
