import type { LiveConfig } from '@tiktok-live-rx/demo-backend/client';
import { describe, expect, it } from 'vitest';
import { defaultCreator, pageCreator } from './pageCreator.js';

const config = (creators: string[]): LiveConfig => ({ wsUrl: 'ws://127.0.0.1:1/', service: 'simulator', creators });

describe('pageCreator', () => {
  it('takes ?creator= normalised (a profile URL or @handle works)', () => {
    expect(pageCreator('?creator=https://www.tiktok.com/@Silent_Creator/live', config(['a_b']))).toBe('silent_creator');
    expect(pageCreator('?theme=neon&creator=%40night_owl', config(['a_b']))).toBe('night_owl');
  });

  it("falls back to the backend's first creator, then tv_asahi_news", () => {
    expect(pageCreator('', config(['first_one', 'second']))).toBe('first_one');
    expect(pageCreator('?creator=', config(['first_one']))).toBe('first_one');
    expect(pageCreator('?creator=not a handle!', config(['first_one']))).toBe('first_one');
    expect(pageCreator('', config([]))).toBe('tv_asahi_news');
    expect(defaultCreator(config([]))).toBe('tv_asahi_news');
  });
});
