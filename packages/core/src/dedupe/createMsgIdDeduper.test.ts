import { describe, expect, it } from 'vitest';
import { createMsgIdDeduper } from './createMsgIdDeduper.js';

const item = (msgId: unknown) => ({ common: { msgId } });

describe('createMsgIdDeduper', () => {
  it('reports a repeated common.msgId as a duplicate, within a bounded FIFO window', () => {
    const deduper = createMsgIdDeduper(2);
    expect([item('1'), item('2'), item('1'), item('3'), item('2'), item('1')].map((x) => deduper.isDuplicate(x))).toEqual([
      false, // 1 remembered
      false, // 2 remembered
      true,
      false, // 3 remembered, 1 forgotten
      true, // 2 still remembered
      false, // 1 was forgotten: passes again
    ]);
  });

  it('never treats items without an id (or id "0") as duplicates', () => {
    const deduper = createMsgIdDeduper(10);
    for (const data of [{}, item(undefined), item('0'), item(''), { common: null }]) {
      expect(deduper.isDuplicate(data)).toBe(false);
      expect(deduper.isDuplicate(data)).toBe(false);
    }
  });

  it('forgets everything and passes everything after dispose', () => {
    const deduper = createMsgIdDeduper(10);
    expect(deduper.isDuplicate(item('7'))).toBe(false);
    deduper.dispose();
    expect(deduper.isDuplicate(item('7'))).toBe(false);
  });
});
