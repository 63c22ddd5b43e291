import { pictureHash } from './pictureHash.js';

/**
 * A gift icon: a wrapped present in a colour derived from the gift id, with
 * the gift's name as its accessible title. Deterministic per id and name.
 * @example
 * giftIconSvg(5655, 'Rose'); // '<svg …><title>Rose</title>…</svg>'
 */
export function giftIconSvg(giftId: number, name: string): string {
  const hue = pictureHash(`gift${giftId}`) % 360;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">' +
    `<title>${escapeXml(name)}</title>` +
    `<rect x="18" y="42" width="64" height="46" rx="6" fill="hsl(${hue} 70% 55%)"/>` +
    `<rect x="12" y="30" width="76" height="16" rx="4" fill="hsl(${hue} 70% 45%)"/>` +
    `<rect x="44" y="30" width="12" height="58" fill="hsl(${(hue + 180) % 360} 80% 60%)"/>` +
    `<path d="M50 30 C38 10 22 18 34 30 Z M50 30 C62 10 78 18 66 30 Z" fill="hsl(${(hue + 180) % 360} 80% 50%)"/>` +
    '</svg>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
