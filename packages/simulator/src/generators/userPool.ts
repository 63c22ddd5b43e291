import type { SimUser } from '../payloads/simEvent.js';
import { createPictureUrls, type PictureUrls } from '../pictures/pictureUrls.js';
import type { Rng } from '../random/createRng.js';

const FIRST = ['haru', 'yuki', 'sora', 'mika', 'ken', 'aoi', 'riku', 'nana', 'taro', 'emi', 'leo', 'mia', 'noah', 'ava', 'liam', 'zoe', 'kai', 'ren', 'yui', 'sam'];
const SECOND = ['chan', 'fan', 'news', 'daily', 'tokyo', 'live', 'watcher', 'cat', 'gamer', 'music', 'travel', 'cafe'];
const NICK_FIRST = ['Haru', 'Yuki', 'Sora', 'Mika', 'Ken', 'Aoi', 'Riku', 'Nana', 'Taro', 'Emi', 'Leo', 'Mia', 'Noah', 'Ava', 'Liam', 'Zoe', 'Kai', 'Ren', 'Yui', 'Sam'];
const EMOJI = ['', '', '', ' 🌸', ' ⭐', ' 🍜', ' 🎧', ' 🐱'];

/** A fixed, seeded pool of viewers; `pick()` favours regulars, like a real room. */
export interface UserPool {
  /** A viewer from the pool (the first ~20% are picked far more often). */
  pick(): SimUser;
  /** Every viewer of the pool. */
  readonly all: readonly SimUser[];
}

/**
 * Creates `size` deterministic viewers from `rng`, with avatars from `pictures`
 * (root-relative `/pictures/…` paths by default).
 * @example
 * const pool = createUserPool(createRng(1), 200);
 * pool.pick().uniqueId; // e.g. 'sora_tokyo42'
 */
export function createUserPool(rng: Rng, size = 200, pictures: PictureUrls = createPictureUrls('')): UserPool {
  const all: SimUser[] = [];
  const used = new Set<string>();
  for (let i = 0; all.length < size; i++) {
    const first = rng.int(0, FIRST.length - 1);
    let uniqueId = `${FIRST[first]}_${rng.pick(SECOND)}${rng.int(1, 999)}`;
    if (used.has(uniqueId)) uniqueId = `${uniqueId}_${i}`;
    used.add(uniqueId);
    const userId = String(6_800_000_000_000_000_000n + BigInt(rng.int(1, 2_000_000_000)) * 1000n + BigInt(i));
    all.push({
      userId,
      uniqueId,
      nickname: `${NICK_FIRST[first]}${rng.pick(EMOJI)}`,
      avatarUrl: pictures.avatar(userId),
      secUid: `MS4wLjABAAAA${userId.slice(-10)}${uniqueId.length}x${i}`,
      followerCount: rng.int(0, 5000),
      followingCount: rng.int(0, 900),
      isFollower: rng.chance(0.3),
      isModerator: rng.chance(0.02),
      isSubscriber: rng.chance(0.05),
      isGiftGiver: rng.chance(0.1),
      payGrade: rng.int(0, 30),
    });
  }
  const regulars = Math.max(1, Math.floor(size / 5));
  return {
    all,
    pick: () => (rng.chance(0.6) ? all[rng.int(0, regulars - 1)] : all[rng.int(0, all.length - 1)]) as SimUser,
  };
}
