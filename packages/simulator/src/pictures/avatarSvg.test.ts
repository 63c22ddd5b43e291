import { describe, expect, it } from 'vitest';
import { avatarSvg } from './avatarSvg.js';

describe('avatarSvg', () => {
  it('gives user ids that differ only in their last digits clearly different colours and patterns', () => {
    const ids = Array.from({ length: 20 }, (_, i) => String(6_800_000_000_000_000_000n + BigInt(i)));
    const svgs = ids.map((id) => avatarSvg(id, 100, 100));
    const hues = svgs.map((svg) => Number(/fill="hsl\((\d+) 55%/.exec(svg)?.[1]));
    expect(new Set(hues.map((h) => Math.floor(h / 30))).size).toBeGreaterThanOrEqual(8); // spread over the colour wheel
    expect(new Set(svgs).size).toBe(ids.length);
  });

  it('draws the pattern square and centred at any size', () => {
    const svg = avatarSvg('42', 720, 1280);
    expect(svg).toContain('width="720" height="1280" viewBox="0 0 720 1280"');
    const xs = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(60 - 0.01); // (720 - 5 × 120) / 2
  });
});
