import { devWarn } from '@tiktok-live-rx/core/bindings';
import { getCurrentScope, onScopeDispose } from 'vue';

/**
 * Runs `fn` when the current effect scope (a component's setup, or an `effectScope()`) is
 * disposed. Without an active scope nothing would ever clean up, so it warns in development
 * (naming `caller`; stripped from production bundles).
 */
export function tryOnScopeDispose(fn: () => void, caller: string): void {
  if (getCurrentScope()) onScopeDispose(fn);
  // The literal check lets bundlers drop the message from production builds (Vue's own
  // esm-bundler build relies on the same replacement).
  else if (process.env.NODE_ENV !== 'production') {
    devWarn(
      `${caller} was called without an active effect scope (outside a component's setup() or effectScope().run()), so its subscription is never released and the socket stays open. Call it inside setup(), or inside effectScope().run() and call scope.stop() when done.`,
    );
  }
}
