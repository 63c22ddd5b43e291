/// <reference path="./hlsLight.d.ts" />
/**
 * Plays a creator's live video in a `<video>` element: asks the page's backend for the stream
 * URL (`GET /api/room-video?uniqueId=…`, which calls `/webcast/room_video` with the key held
 * server-side) and plays the HLS stream with hls.js (Chromium has no native HLS), or natively
 * where the browser can (Safari).
 */

/** Where the player is. */
export type RoomVideoStatus = 'loading' | 'playing' | 'not-live' | 'unavailable' | 'error';

/** The player's state, for the page to show. */
export interface RoomVideoState {
  readonly status: RoomVideoStatus;
  /** What went wrong, for `not-live`, `unavailable` and `error`. */
  readonly message?: string;
}

/** Options of {@link playRoomVideo}. */
export interface PlayRoomVideoOptions {
  /** Called with every state change. */
  onState(state: RoomVideoState): void;
  /** The backend endpoint. @default '/api/room-video' */
  endpoint?: string;
  /** The rendition. @default 'hls_sd' */
  streamType?: 'hls_sd' | 'hls_ld';
}

/** What the backend's `/api/room-video` answers. */
interface RoomVideoAnswer {
  url?: unknown;
  error?: unknown;
  reason?: unknown;
  code?: unknown;
}

/**
 * Starts playing; returns `stop`, which detaches hls.js and empties the element (call it on a
 * creator switch, a stream end or unmount). Muted, so browsers allow it to autoplay.
 */
export function playRoomVideo(video: HTMLVideoElement, uniqueId: string, options: PlayRoomVideoOptions): () => void {
  const { onState, endpoint = '/api/room-video', streamType = 'hls_sd' } = options;
  const abort = new AbortController();
  let detach: (() => void) | undefined;
  let stopped = false;
  const report = (state: RoomVideoState): void => {
    if (!stopped) onState(state);
  };
  const onPlaying = (): void => report({ status: 'playing' });

  video.muted = true;
  video.autoplay = true;
  video.playsInline = true;
  video.addEventListener('playing', onPlaying);
  report({ status: 'loading' });

  void (async () => {
    const query = new URLSearchParams({ uniqueId, streamType });
    const response = await fetch(`${endpoint}?${query.toString()}`, { signal: abort.signal, headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => ({}))) as RoomVideoAnswer;
    const message = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    if (body.reason === 'not-live' || body.code === 'not-live') return report({ status: 'not-live', message });
    if (!response.ok || typeof body.url !== 'string') return report({ status: response.status === 404 ? 'unavailable' : 'error', message });
    if (stopped) return;
    const url = body.url;
    // The light build (no subtitles, alternate audio or DRM): a live room stream needs none of them.
    const { default: Hls } = await import('hls.js/light');
    if (stopped) return;
    if (!Hls.isSupported()) {
      if (video.canPlayType('application/vnd.apple.mpegurl') === '') return report({ status: 'error', message: 'this browser cannot play HLS' });
      video.src = url;
      detach = () => video.removeAttribute('src');
      return;
    }
    const hls = new Hls({ liveDurationInfinity: true, lowLatencyMode: false });
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      const status = data.response?.code;
      // A rendition the service lists but does not serve (404), or the stream went away.
      if (status === 404) report({ status: 'unavailable', message: 'the video rendition is not available (HTTP 404)' });
      else report({ status: 'error', message: `video: ${data.details}` });
      hls.destroy();
    });
    hls.loadSource(url);
    hls.attachMedia(video);
    detach = () => hls.destroy();
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) report({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  });

  return () => {
    stopped = true;
    abort.abort();
    detach?.();
    video.removeEventListener('playing', onPlaying);
    video.removeAttribute('src');
    video.load();
  };
}
