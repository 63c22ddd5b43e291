import { describe, expect, it } from 'vitest';
import { overlayKindOf, overlayUrl, parseOverlayParams } from './overlayParams.js';

describe('overlay URL parameters', () => {
  it('reads creator, theme, scale, limit, goal and seconds', () => {
    expect(parseOverlayParams('?creator=@Gift_Storm&theme=neon&scale=1.5&limit=8&goal=250&seconds=3', 'x')).toEqual({
      creator: 'gift_storm',
      theme: 'neon',
      scale: 1.5,
      limit: 8,
      goal: 250,
      seconds: 3,
    });
  });

  it('falls back to defaults for missing or unusable values and clamps the rest', () => {
    expect(parseOverlayParams('?creator=not a handle!&theme=pink&scale=abc&limit=500&goal=-4', 'tv_asahi_news')).toEqual({
      creator: 'tv_asahi_news',
      theme: 'dark',
      scale: 1,
      limit: 50,
      goal: 1,
      seconds: 5,
    });
  });

  it('builds a URL that parses back to the same parameters, leaving defaults out', () => {
    const params = parseOverlayParams('?creator=gift_storm&goal=5000&theme=light', 'x');
    const url = overlayUrl('goal', params, 'http://127.0.0.1:5173');
    expect(url).toBe('http://127.0.0.1:5173/overlay/goal?creator=gift_storm&theme=light&goal=5000');
    expect(parseOverlayParams(new URL(url).search, 'x')).toEqual(params);
  });

  it('knows the overlay paths and nothing else', () => {
    expect(['/overlay/alerts', '/overlay/chat/', '/overlay/goal', '/overlay/leaderboard', '/overlay/nope', '/', '/overlay'].map(overlayKindOf)).toEqual([
      'alerts',
      'chat',
      'goal',
      'leaderboard',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
