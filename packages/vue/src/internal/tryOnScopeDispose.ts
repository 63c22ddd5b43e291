import { getCurrentScope, onScopeDispose } from 'vue';
import { devWarn } from './devWarn.js';

/**
 * Runs `fn` when the current effect scope (a component's setup, or an `effectScope()`) is
 * disposed. Without an active scope nothing would ever clean up, so it warns in development
 * (naming `caller`) and returns false.
 */
export function tryOnScopeDispose(fn: () => void, caller: string): boolean {
  if (getCurrentScope()) {
    onScopeDispose(fn);
    return true;
  }
  devWarn(
    `${caller} was called without an active effect scope (outside a component's setup() or effectScope().run()), so its subscription is never released and the socket stays open. Call it inside setup(), or inside effectScope().run() and call scope.stop() when done.`,
  );
  return false;
}
