import { hashString } from '../random/createRng.js';

/**
 * A well-mixed 32-bit hash for picture features. FNV-1a alone keeps the last
 * character's influence in the low bits, so ids that differ only at the end
 * (as user ids do) got nearly the same `hash % 360` hue; the murmur3 finaliser
 * spreads every input bit over the whole word.
 */
export function pictureHash(text: string): number {
  let h = hashString(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
