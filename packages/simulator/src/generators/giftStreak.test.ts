import { describe, expect, it } from 'vitest';
import { GIFT_CATALOG } from './giftCatalog.js';
import { giftStreak } from './giftStreak.js';
import { createRng } from '../random/createRng.js';
import { createUserPool } from './userPool.js';

const user = createUserPool(createRng(1), 5).all[0]!;
const rose = GIFT_CATALOG.find((g) => g.name === 'Rose')!;
const galaxy = GIFT_CATALOG.find((g) => g.name === 'Galaxy')!;

describe('giftStreak', () => {
  it('emits repeatCount 1..N with repeatEnd false, then N with repeatEnd true, one groupId', () => {
    const events = giftStreak(user, rose, 4, '123');
    expect(events.map((e) => [e.repeatCount, e.repeatEnd])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [4, true],
    ]);
    expect(new Set(events.map((e) => e.groupId))).toEqual(new Set(['123']));
  });

  it('yields two events for a single send of a streakable gift', () => {
    expect(giftStreak(user, rose, 1, '1').map((e) => e.repeatEnd)).toEqual([false, true]);
  });

  it('sends a non-streakable gift once with repeatCount 1', () => {
    const events = giftStreak(user, galaxy, 9, '5');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ repeatCount: 1, repeatEnd: false });
  });
});
