import { describe, expect, it } from 'vitest';
import { displayName } from './displayName.js';

describe('displayName', () => {
  it('prefers the nickname', () => {
    expect(displayName({ nickname: 'River Otter 🦦', displayId: 'river_otter' })).toBe('River Otter 🦦');
  });

  it('falls back to displayId when the nickname is missing, empty or blank', () => {
    expect(displayName({ displayId: 'river_otter' })).toBe('river_otter');
    expect(displayName({ nickname: '', displayId: 'river_otter' })).toBe('river_otter');
    expect(displayName({ nickname: '   ', displayId: 'river_otter' })).toBe('river_otter');
  });

  it('falls back to v2 uniqueId on un-normalised users', () => {
    expect(displayName({ uniqueId: 'v2_handle' } as never)).toBe('v2_handle');
  });

  it('returns the fallback when nothing usable is there', () => {
    expect(displayName({}, 'someone')).toBe('someone');
    expect(displayName(null, 'someone')).toBe('someone');
    expect(displayName(undefined)).toBe('');
    expect(displayName({ nickname: 42 } as never, '?')).toBe('?');
  });
});
