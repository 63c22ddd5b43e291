import { pictureHash } from './pictureHash.js';

/** An emote: a round face whose colour and mouth derive from the emote id. */
export function emoteSvg(emoteId: string): string {
  const hash = pictureHash(`emote${emoteId}`);
  const hue = hash % 360;
  const mouth = (hash >>> 9) % 2 === 0 ? 'M30 60 Q50 80 70 60' : 'M32 64 Q50 72 68 64';
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 100 100">' +
    `<circle cx="50" cy="50" r="46" fill="hsl(${hue} 85% 62%)"/>` +
    '<circle cx="35" cy="40" r="7" fill="#222"/><circle cx="65" cy="40" r="7" fill="#222"/>' +
    `<path d="${mouth}" stroke="#222" stroke-width="6" fill="none" stroke-linecap="round"/></svg>`
  );
}
