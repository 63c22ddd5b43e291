import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { connectClient, type TestClient } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator;
let client: TestClient;

beforeAll(async () => {
  sim = await createSimulator({ seed: 11, eventRate: 4 });
  client = connectClient(sim, { uniqueId: 'tv_asahi_news' });
  // eventRate 4: ~8 s of room activity in ~2 s of wall time.
  await client.waitFor(() => client.ofType('WebcastGiftMessage').some((g) => g.data['repeatEnd'] === 1) && client.ofType('WebcastChatMessage').length >= 10, 15_000);
  client.ws.close();
  await client.closed;
});

afterAll(async () => {
  await sim.close();
});

const tiktok = () => client.items.filter((i) => i.type.startsWith('Webcast'));

describe('tv_asahi_news (busy)', () => {
  it('emits chats, gifts, likes, joins and viewer counts', () => {
    const types = new Set(tiktok().map((i) => i.type));
    for (const t of ['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastRoomUserSeqMessage']) {
      expect(types, t).toContain(t);
    }
  });

  it('gives every message a unique msgId and a non-decreasing createTime', () => {
    const commons = tiktok().map((i) => i.data['common'] as { msgId: string; createTime: string });
    expect(new Set(commons.map((c) => c.msgId)).size).toBe(commons.length);
    const times = commons.map((c) => Number(c.createTime));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
    for (const c of commons) expect(c.msgId).toMatch(/^\d+$/);
  });

  it('batches likes with a count and a monotonic total', () => {
    const likes = client.ofType('WebcastLikeMessage').map((l) => l.data as { likeCount: number; totalLikeCount: number });
    expect(likes.length).toBeGreaterThan(0);
    let previous = 0;
    for (const like of likes) {
      expect(like.likeCount).toBeGreaterThanOrEqual(1);
      expect(like.totalLikeCount).toBe(previous + like.likeCount);
      previous = like.totalLikeCount;
    }
  });

  it('gift streaks follow PROTOCOL §5.4 per groupId', () => {
    const byGroup = new Map<string, { repeatCount: number; repeatEnd: number; giftType: number }[]>();
    for (const gift of client.ofType('WebcastGiftMessage')) {
      const d = gift.data as { groupId: string; repeatCount: number; repeatEnd: number; giftDetails: { giftType: number } };
      expect([0, 1]).toContain(d.repeatEnd);
      const list = byGroup.get(d.groupId) ?? [];
      list.push({ repeatCount: d.repeatCount, repeatEnd: d.repeatEnd, giftType: d.giftDetails.giftType });
      byGroup.set(d.groupId, list);
    }
    let complete = 0;
    for (const events of byGroup.values()) {
      if (events[0]!.giftType !== 1) {
        expect(events).toHaveLength(1);
        continue;
      }
      events.forEach((e, i) => {
        if (e.repeatEnd === 0) expect(e.repeatCount).toBe(i + 1);
      });
      const end = events.findIndex((e) => e.repeatEnd === 1);
      if (end >= 0) {
        complete++;
        expect(end).toBe(events.length - 1);
        expect(events[end]!.repeatCount).toBe(end);
      }
    }
    expect(complete).toBeGreaterThan(0);
  });

  it('puts several messages into one bundle at times', () => {
    const sizes = (client.frames as { messages?: unknown[] }[]).map((f) => f.messages?.length ?? 0);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
  });
});

describe('determinism', () => {
  it('produces the same chat text sequence for the same seed', async () => {
    const run = async () => {
      const s = await createSimulator({ seed: 5, eventRate: 4, creators: [{ uniqueId: 'x', live: true, scenario: 'busy' }] });
      const c = connectClient(s, { uniqueId: 'x' });
      await c.waitFor(() => c.ofType('WebcastChatMessage').length >= 5, 15_000);
      await s.close();
      return c.ofType('WebcastChatMessage').slice(0, 5).map((m) => `${(m.data['user'] as { uniqueId: string }).uniqueId}:${String(m.data['comment'])}`);
    };
    expect(await run()).toEqual(await run());
  });
});
