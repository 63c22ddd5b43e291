import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { HttpDeps } from '../server/handleHttpRequest.js';
import { safeDecode, sendError } from './httpJson.js';

/** Where the HLS fixture lives (same relative path from `src/rest` and `dist/rest`). */
const FIXTURE_DIR = new URL('../../fixtures/hls/', import.meta.url);

interface Fixture {
  segment: Buffer;
  duration: number;
}

let fixture: Promise<Fixture> | undefined;

function loadFixture(): Promise<Fixture> {
  fixture ??= (async () => {
    const playlist = await readFile(new URL('index.m3u8', FIXTURE_DIR), 'utf8');
    const segmentName = playlist.split('\n').find((l) => l.trim().endsWith('.ts'))?.trim() ?? 'segment0.ts';
    const duration = Number(/#EXTINF:([\d.]+)/.exec(playlist)?.[1] ?? '2');
    return { segment: await readFile(new URL(segmentName, FIXTURE_DIR)), duration };
  })();
  fixture.catch(() => {
    fixture = undefined;
  });
  return fixture;
}

/**
 * Serves a creator's "live" HLS stream: a sliding live playlist that loops one
 * tiny fixture segment (with discontinuities), and the segment itself.
 * FLV renditions are not simulated (404 with a hint).
 */
export async function mediaRoute(res: ServerResponse, parts: string[], deps: HttpDeps): Promise<void> {
  const [uniqueId = '', variant = '', file = ''] = parts;
  const id = safeDecode(uniqueId);
  if (id === undefined) return sendError(res, 400, 'Malformed percent-encoding in the creator id');
  const room = deps.room(id);
  if (!room) return sendError(res, 404, `Unknown creator @${uniqueId}`);
  if (variant.endsWith('.flv')) return sendError(res, 404, 'FLV is not simulated: use streamType hls_sd or hls_ld');
  if (variant !== 'hls_sd' && variant !== 'hls_ld') return sendError(res, 404, 'Unknown rendition');
  if (!room.live) return sendError(res, 404, 'Streamer is not live');
  let media: Fixture;
  try {
    media = await loadFixture();
  } catch {
    return sendError(res, 500, 'HLS fixture missing: see packages/simulator/fixtures/hls/README.md');
  }
  if (file === 'index.m3u8') {
    const sequence = Math.floor((Date.now() - room.startedAt) / 1000 / media.duration);
    const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${Math.ceil(media.duration)}`, `#EXT-X-MEDIA-SEQUENCE:${sequence}`, `#EXT-X-DISCONTINUITY-SEQUENCE:${sequence}`];
    for (let i = 0; i < 3; i++) {
      if (i > 0) lines.push('#EXT-X-DISCONTINUITY');
      lines.push(`#EXTINF:${media.duration.toFixed(3)},`, `segment.ts?n=${sequence + i}`);
    }
    const body = `${lines.join('\n')}\n`;
    res.writeHead(200, { 'content-type': 'application/vnd.apple.mpegurl', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
    res.end(body);
    return;
  }
  if (file === 'segment.ts') {
    res.writeHead(200, { 'content-type': 'video/mp2t', 'content-length': media.segment.length, 'access-control-allow-origin': '*' });
    res.end(media.segment);
    return;
  }
  sendError(res, 404, 'Unknown media file');
}
