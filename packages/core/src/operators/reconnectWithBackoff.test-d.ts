import type { MonoTypeOperatorFunction, Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import { classifyClose, reconnectWithBackoff, refreshJwt, waitUntilLive, type CloseClass } from './index.js';

declare const session$: Observable<'open'>;

describe('operator types', () => {
  it('are mono-type operators usable in any pipeline', () => {
    expectTypeOf(reconnectWithBackoff<number>(3)).toEqualTypeOf<MonoTypeOperatorFunction<number>>();
    expectTypeOf(session$.pipe(reconnectWithBackoff({ maxDelay: 10 }), refreshJwt({ getJwt: async () => 'jwt' }), waitUntilLive())).toEqualTypeOf<
      Observable<'open'>
    >();
    expectTypeOf(classifyClose(4401)).toEqualTypeOf<CloseClass>();
  });
});
