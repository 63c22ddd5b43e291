import { describe, expect, it } from 'vitest';
import { Subject, from, lastValueFrom, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { dedupeByMsgId } from './dedupeByMsgId.js';
import { giftMessage, likeMessage, liveEvent } from '../testing/liveFixtures.js';

const withId = (msgId: string | number | undefined, n = 0) => ({ n, common: msgId === undefined ? undefined : { msgId } });

async function run<T>(items: T[], config?: Parameters<typeof dedupeByMsgId<T>>[0]): Promise<T[]> {
  return lastValueFrom(from(items).pipe(dedupeByMsgId(config), toArray()));
}

describe('dedupeByMsgId', () => {
  it('drops a message whose msgId was already seen', async () => {
    const like = likeMessage({ userId: '1', count: 3, total: 10 });
    const gift = giftMessage({ userId: '2' });
    const out = await run<object>([like, gift, { ...like }, gift]);
    expect(out).toEqual([like, gift]);
  });

  it('always passes items without a msgId (or with the default "0")', async () => {
    const items = [withId(undefined, 1), withId(undefined, 2), withId('0', 3), withId('0', 4), withId('', 5)];
    expect(await run(items)).toEqual(items);
  });

  it('reads data.common.msgId of { type, data } events', async () => {
    const like = likeMessage({ userId: '1', count: 1, total: 1 });
    const a = liveEvent('WebcastLikeMessage', like);
    const b = liveEvent('WebcastLikeMessage', { ...like });
    const c = liveEvent('roomInfo', { raw: {} });
    const d = liveEvent('roomInfo', { raw: {} });
    expect(await run([a, b, c, d])).toEqual([a, c, d]);
  });

  it('forgets the oldest id once the window is full (FIFO)', async () => {
    const ids = ['a', 'b', 'c', 'a', 'c', 'b'];
    // window 2: after a,b,c it holds {b,c}; 'a' passes again (→ {c,a}); 'c' is dropped; 'b' passes.
    const out = await run(ids.map((id, n) => withId(id, n)), 2);
    expect(out.map((x) => x.n)).toEqual([0, 1, 2, 3, 5]);
  });

  it('uses a custom key function', async () => {
    const items = [{ id: 1 }, { id: 2 }, { id: 1 }, { id: undefined }, { id: undefined }];
    const out = await run(items, { key: (x) => x.id });
    expect(out).toEqual([{ id: 1 }, { id: 2 }, { id: undefined }, { id: undefined }]);
  });

  it('keeps separate state per subscription', () => {
    const input = new Subject<{ common: { msgId: string } }>();
    const deduped = input.pipe(dedupeByMsgId());
    const first: unknown[] = [];
    const second: unknown[] = [];
    deduped.subscribe((x) => first.push(x));
    input.next({ common: { msgId: '1' } });
    deduped.subscribe((x) => second.push(x));
    input.next({ common: { msgId: '1' } });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
  });

  it('forwards values, completion and subscriptions unchanged (marbles)', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ cold, expectObservable, expectSubscriptions }) => {
        const values = { a: withId('1', 1), b: withId('1', 2), c: withId('2', 3) };
        const source = cold('-a-b-c-|', values);
        expectObservable(source.pipe(dedupeByMsgId())).toBe('-a---c-|', values);
        expectSubscriptions(source.subscriptions).toBe('^------!');
      },
    );
  });

  it('forwards errors, including one thrown by the key function', async () => {
    const failing = dedupeByMsgId<{ id: number }>({
      key: () => {
        throw new Error('bad key');
      },
    });
    await expect(lastValueFrom(from([{ id: 1 }]).pipe(failing))).rejects.toThrow('bad key');
  });

  it('rejects invalid options with a TypeError', () => {
    expect(() => dedupeByMsgId(0)).toThrow(/windowSize/);
    expect(() => dedupeByMsgId({ windowSize: 2.5 })).toThrow(TypeError);
    expect(() => dedupeByMsgId({ key: 'msgId' as never })).toThrow(/key/);
  });
});
