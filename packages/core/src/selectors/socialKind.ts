/**
 * The one follow/share classifier, shared by `follow$`, `share$` and `sessionTotals`
 * (PROTOCOL.md §5.6).
 */
import type { Loose } from './loose.js';
import type { WebcastSocialMessage } from 'tiktok-live-proto/v3';

/** What a `WebcastSocialMessage` announces. */
export type SocialKind = 'follow' | 'share';

/**
 * Follow or share: by the display-text key (`common.displayText.key`, or v2's `displayType`
 * when normalisation left it) containing `follow` / `share`; when there is no key, by `action`
 * (`"1"` follow, `"3"` share: seen in third-party fixtures, an inference). `undefined` otherwise.
 *
 * @example
 * live.on$('WebcastSocialMessage').subscribe((m) => socialKind(m) === 'follow' && thank(m.user));
 */
export function socialKind(message: Loose<WebcastSocialMessage>): SocialKind | undefined {
  const text = (message.common as { displayText?: { key?: unknown; displayType?: unknown } } | undefined)?.displayText;
  const key = text?.key || text?.displayType;
  if (typeof key === 'string' && key !== '') {
    if (key.includes('follow')) return 'follow';
    if (key.includes('share')) return 'share';
    return undefined;
  }
  const action = String((message as { action?: unknown }).action ?? '');
  if (action === '1') return 'follow';
  if (action === '3') return 'share';
  return undefined;
}
