import type { User } from 'tiktok-live-proto/v3';
import { describe, expect, it } from 'vitest';
import v3Messages from '../protocol/fixtures/v3Messages.json';
import { avatarUrl } from './avatarUrl.js';

const fixtureUser = (v3Messages.WebcastChatMessage as { user: unknown }).user as User;

describe('avatarUrl', () => {
  it('returns the first avatarThumb URL of a v3 user by default', () => {
    expect(avatarUrl(fixtureUser)).toBe(fixtureUser.avatarThumb?.urlList[0]);
    expect(avatarUrl(fixtureUser)).toMatch(/^https:\/\/.*72:72\.webp$/);
  });

  it('honours the size option', () => {
    expect(avatarUrl(fixtureUser, { size: 'medium' })).toMatch(/100:100/);
    expect(avatarUrl(fixtureUser, { size: 'large' })).toMatch(/720:720/);
  });

  it('falls back to another size when the preferred one is missing or empty', () => {
    expect(avatarUrl({ avatarLarge: { urlList: ['L'] } }, { size: 'thumb' })).toBe('L');
    expect(avatarUrl({ avatarThumb: { urlList: ['T'] }, avatarLarge: { urlList: [] } }, { size: 'large' })).toBe('T');
    expect(avatarUrl({ avatarThumb: { urlList: ['T'] }, avatarMedium: { urlList: ['M'] } }, { size: 'large' })).toBe('M');
  });

  it('reads v2 profilePicture on un-normalised users', () => {
    expect(avatarUrl({ profilePicture: { url: ['v2'] } } as never)).toBe('v2');
  });

  it('returns undefined for users without avatars and for non-objects', () => {
    expect(avatarUrl({})).toBeUndefined();
    expect(avatarUrl({ avatarThumb: null })).toBeUndefined();
    expect(avatarUrl(null)).toBeUndefined();
    expect(avatarUrl(undefined)).toBeUndefined();
    expect(avatarUrl('x' as never)).toBeUndefined();
  });
});
