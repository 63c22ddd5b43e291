import { pictureHash } from './pictureHash.js';

/**
 * A deterministic identicon for `key` (a user id): a mirrored 5×5 pattern in
 * one hue on a light ground, drawn at `width`×`height` (the pattern stays
 * square and centred, so cover sizes such as 720x1280 work too).
 * @example
 * avatarSvg('6800000000000000001', 100, 100).startsWith('<svg'); // true
 */
export function avatarSvg(key: string, width: number, height: number): string {
  const hash = pictureHash(key);
  const bits = pictureHash(`${key}#cells`);
  const hue = hash % 360;
  const side = Math.min(width, height);
  const cell = side / 6;
  const x0 = (width - cell * 5) / 2;
  const y0 = (height - cell * 5) / 2;
  const cells: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      if (((bits >>> (row * 3 + col)) & 1) === 0) continue;
      for (const c of col === 2 ? [2] : [col, 4 - col]) {
        cells.push(`<rect x="${round(x0 + c * cell)}" y="${round(y0 + row * cell)}" width="${round(cell)}" height="${round(cell)}"/>`);
      }
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="hsl(${hue} 60% 92%)"/>` +
    `<g fill="hsl(${hue} 55% 45%)">${cells.join('')}</g></svg>`
  );
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
