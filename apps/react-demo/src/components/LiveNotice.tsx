import { useEffect, useState, type ReactNode } from 'react';
import type { UseTikTokLiveReturn } from '@tiktok-live-rx/react';

/** Why nothing is streaming right now (not live, ended, reconnecting, failed), or nothing at all. */
export function LiveNotice({ live, streamEnded }: { live: UseTikTokLiveReturn; streamEnded: boolean }): ReactNode {
  const { status, uniqueId, nextRetryAt, error, attempt } = live;
  const seconds = useSecondsUntil(status === 'waiting' || status === 'reconnecting' ? nextRetryAt : undefined);
  const next = seconds === undefined ? '' : seconds > 0 ? ` Next check in ${seconds} s.` : ' Checking now…';

  if (status === 'waiting') {
    return streamEnded ? (
      <p className="notice notice-waiting" data-testid="live-notice" data-kind="stream-ended">
        📴 The stream ended. Waiting for @{uniqueId} to go live again.{next}
      </p>
    ) : (
      <p className="notice notice-waiting" data-testid="live-notice" data-kind="not-live">
        💤 @{uniqueId} is not live right now. Waiting for the stream to start.{next}
      </p>
    );
  }
  if (status === 'ended') {
    return (
      <p className="notice notice-waiting" data-testid="live-notice" data-kind="ended">
        📴 The stream has ended. <button onClick={live.reconnect}>Watch again</button>
      </p>
    );
  }
  if (status === 'reconnecting') {
    return (
      <p className="notice notice-warning" data-testid="live-notice" data-kind="reconnecting">
        🔌 Connection lost{error ? ` (${error.message})` : ''}. Reconnecting, attempt {attempt}.{next.replace('check', 'attempt')}
      </p>
    );
  }
  if (status === 'error') {
    return (
      <p className="notice notice-error" data-testid="live-notice" data-kind="error">
        ⛔ {error?.message ?? 'The connection failed.'} <button onClick={live.reconnect}>Retry</button>
      </p>
    );
  }
  return null;
}

/** Whole seconds until `at` (epoch ms), ticking every second; `undefined` without a time. */
function useSecondsUntil(at: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === undefined) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
