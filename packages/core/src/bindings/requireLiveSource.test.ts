import { describe, expect, it } from 'vitest';
import type { LiveConnection, LiveSource } from '../types.js';
import { requireLiveSource } from './requireLiveSource.js';

const source = (): LiveSource => ({ live: () => ({}) as LiveConnection });

describe('requireLiveSource', () => {
  it('prefers the explicit source and reads the provided one only without it', () => {
    const explicit = source();
    const provided = source();
    let asked = 0;
    expect(requireLiveSource(explicit, () => (asked++, provided), 'x')).toBe(explicit);
    expect(asked).toBe(0);
    expect(requireLiveSource(undefined, () => provided, 'x')).toBe(provided);
  });

  it('throws a TypeError saying how to provide one when there is none', () => {
    expect(() => requireLiveSource(undefined, () => undefined, 'Wrap the tree in <TikTokLiveProvider>')).toThrow(
      new TypeError('useLiveClient(): no LiveClient (or other LiveSource). Wrap the tree in <TikTokLiveProvider>, or pass { client } to the hook.'),
    );
  });
});
