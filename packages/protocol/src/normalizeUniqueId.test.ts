import { describe, expect, it } from 'vitest';
import { eulerNormalizeUniqueId, normalizeUniqueId } from './normalizeUniqueId.js';

describe('eulerNormalizeUniqueId', () => {
  it.each([
    ['@user', 'user'],
    ['https://www.tiktok.com/@user/live', 'user'],
    ['https://www.tiktok.com/@user/live/', 'user/'],
    ['tiktok.com/@user', 'tiktok.com/user'],
    ['http://www.tiktok.com/@user/live', 'http://www.tiktok.com/user'],
    ['@@user', '@user'],
    ['  user  ', 'user'],
  ])('reproduces the service quirk for %j', (input, expected) => {
    expect(eulerNormalizeUniqueId(input)).toBe(expected);
  });
});

describe('normalizeUniqueId', () => {
  it.each([
    ['tv_asahi_news', 'tv_asahi_news'],
    ['@TV_Asahi_News', 'tv_asahi_news'],
    ['https://www.tiktok.com/@user.name/live', 'user.name'],
    ['https://www.tiktok.com/@user/live/?lang=en', 'user'],
    ['tiktok.com/@user', 'user'],
    [' @user ', 'user'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeUniqueId(input)).toBe(expected);
  });

  it.each(['', '   ', '@', 'has space', 'a/b', 'x'.repeat(25), '@@user'])('rejects %j', (input) => {
    expect(normalizeUniqueId(input)).toBeUndefined();
  });
});
