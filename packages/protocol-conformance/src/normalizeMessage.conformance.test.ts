// The differential test of issue 11: for every message type the core's table
// covers, 300 seeded random messages are encoded once; the same bytes are
// decoded with Euler's v2 schema (the JSON the service sends) and with
// tiktok-live-proto's v3 schema (the expected shape), and `normalizeMessage`
// of the first must equal the second on every field both schemas carry.
import { readFileSync } from 'node:fs';
import { normalizeMessage } from '@tiktok-live-rx/core/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { toV2Json } from './compareDecodes.js';
import { deriveMessageTable } from './deriveMessageTable.js';
import { formatRates, measureConformance, type ConformanceResult } from './measureConformance.js';
import { MESSAGE_TABLE_FILE, renderMessageTable } from './renderMessageTable.js';
import { createGenerateContext, randomV2Message } from './randomMessage.js';
import { COVERED_TYPES, loadV2, loadV3, v2Name } from './schemas.js';

const MESSAGES_PER_TYPE = 300;
const MIN_MATCH_RATE = 0.99;
/** Generous: ~1 s of CPU per type, but the machine may be shared. */
const TIMEOUT_MS = 180_000;
const v2 = loadV2();
const v3 = loadV3();
const results = new Map<string, ConformanceResult>();
const run = (type: string): ConformanceResult => {
  let r = results.get(type);
  if (r === undefined) {
    r = measureConformance(v2, v3, type, MESSAGES_PER_TYPE, 1000 + COVERED_TYPES.indexOf(type as (typeof COVERED_TYPES)[number]));
    results.set(type, r);
  }
  return r;
};

describe('normalizeMessage: v2 JSON → the v3 decode of the same bytes', () => {
  afterAll(() => {
    console.log(`normalizeMessage match rates (${MESSAGES_PER_TYPE} random messages per type):\n${formatRates([...results.values()])}`);
  });

  it.each(COVERED_TYPES)(`%s: at least 99 percent of ${MESSAGES_PER_TYPE} random messages match the v3 decode path by path`, (type) => {
    const r = run(type);
    const worst = [...r.byField].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(r.matched / r.messages, `mismatching fields: ${JSON.stringify(worst.map(([f, n]) => [f, n, r.examples.get(f)]))}`).toBeGreaterThanOrEqual(MIN_MATCH_RATE);
  }, TIMEOUT_MS);

  it('the inputs are rich in nested structs (users with badges, borders, payGrade, ownRoom; gift assets; text effects; link-mic battles)', () => {
    const seen = new Map<string, number>();
    for (const type of COVERED_TYPES) for (const [f, n] of run(type).seen) seen.set(f, (seen.get(f) ?? 0) + n);
    for (const field of [
      'User.badgeList',
      'BadgeStruct.combine',
      'CombineBadgeStruct.displayType',
      'BorderInfo.borderPrivilegeLogExtra',
      'User.payGrade',
      'GradeIcon.level',
      'OwnRoom.roomIds',
      'User.webcastAnchorLevel',
      'WebcastGiftMessage.asset',
      'AssetsModel.resourceUrl',
      'WebcastGiftMessage.textEffect',
      'TextEffect.portrait',
      'WebcastLinkMicBattle.armies',
      'WebcastLinkMicBattle.teamMember',
      'BattleTeamResult.teamUser',
    ]) {
      expect(seen.get(field) ?? 0, field).toBeGreaterThanOrEqual(30);
    }
  });

  it('the comparison sees a missing conversion: un-normalised v2 JSON mostly fails', () => {
    const raw = measureConformance(v2, v3, 'WebcastGiftMessage', 50, 7, (_type, data) => data);
    expect(raw.matched / raw.messages).toBeLessThan(0.1);
    expect(raw.byField.get('WebcastGiftMessage.gift')).toBeGreaterThan(0);
  }, TIMEOUT_MS);
});

describe('normalizeMessage on the same random messages', () => {
  it.each(COVERED_TYPES)('%s: v3 input comes back as the same object, and normalising twice changes nothing', (type) => {
    const ctx = createGenerateContext(v2, v3, 2000 + COVERED_TYPES.indexOf(type));
    for (let i = 0; i < 100; i++) {
      const bytes = v2.codec(v2Name(type)).encode(randomV2Message(ctx, v2Name(type), type)).finish();
      const v3Json = JSON.parse(JSON.stringify(v3.codec(type).decode(bytes))) as Record<string, unknown>;
      expect(normalizeMessage(type, v3Json)).toBe(v3Json);
      const once = normalizeMessage(type, toV2Json(v2.codec(v2Name(type)).decode(bytes)));
      expect(normalizeMessage(type, once)).toBe(once);
    }
  }, TIMEOUT_MS);
});

describe('messageTable.ts', () => {
  it('is what the generator derives from the two schemas (re-run generate:table after a schema upgrade)', () => {
    expect(readFileSync(MESSAGE_TABLE_FILE, 'utf8')).toBe(renderMessageTable(deriveMessageTable(v2, v3)));
  });
});
